package org.egovarchive.query.stats;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The efficiency table as a file: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese) and XLSX. */
final class TableExport {

    private record Column(String header, Function<Figures, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("部门", Figures::departmentName),
            new Column("收到", Figures::received),
            new Column("已答复", Figures::replied),
            new Column("按期答复", Figures::repliedOnTime),
            new Column("按期答复率", Figures::onTimeRate),
            new Column("超期未答复", Figures::overdueOpen),
            new Column("平均答复时长(小时)", Figures::avgReplyHours),
            new Column("答复时长中位数(小时)", Figures::medianReplyHours),
            new Column("答复时长P90(小时)", Figures::p90ReplyHours),
            new Column("平均答复工作日", Figures::avgReplyWorkingDays),
            new Column("首次响应平均时长(小时)", Figures::avgFirstResponseHours),
            new Column("办结", Figures::closed),
            new Column("解释说明", Figures::explained),
            new Column("转办", Figures::forwarded),
            new Column("送领导阅示", Figures::escalated),
            new Column("平均评分", Figures::avgRating),
            new Column("发布文件", Figures::documentsPublished),
            new Column("起草至发布中位数(小时)", Figures::medianDraftToPublishHours),
            new Column("排名", Figures::rank));

    private TableExport() {
    }

    /** The table as a download, {@code csv} or {@code xlsx}. */
    static ResponseEntity<byte[]> download(EfficiencyService.Table table, String format) {
        boolean csv = format.equals("csv");
        MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String name = "efficiency-" + table.period().from() + "-" + table.period().to() + "." + format;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv ? csv(table) : xlsx(table));
    }

    static byte[] csv(EfficiencyService.Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", COLUMNS.stream().map(Column::header).toList())).append("\r\n");
        for (Figures row : rows(table)) {
            List<String> cells = new ArrayList<>();
            for (Column column : COLUMNS) {
                cells.add(cell(column.value().apply(row)));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(EfficiencyService.Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.period().from() + " 至 " + table.period().to());
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            int r = 1;
            for (Figures figures : rows(table)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(figures);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Figures> rows(EfficiencyService.Table table) {
        List<Figures> rows = new ArrayList<>(table.departments());
        rows.add(table.totals());
        return rows;
    }

    /** A CSV cell; text is quoted, and a leading =, +, - or @ is defused so no spreadsheet runs it as a formula. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
