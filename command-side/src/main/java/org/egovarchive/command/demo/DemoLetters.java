package org.egovarchive.command.demo;

import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.message.Contact;
import org.egovarchive.command.message.DueDates;
import org.egovarchive.command.message.MessageCommands.CloseMessage;
import org.egovarchive.command.message.MessageCommands.EscalateMessage;
import org.egovarchive.command.message.MessageCommands.ExplainMessage;
import org.egovarchive.command.message.MessageCommands.ForwardMessage;
import org.egovarchive.command.message.MessageCommands.InstructMessage;
import org.egovarchive.command.message.MessageCommands.RateMessage;
import org.egovarchive.command.message.MessageCommands.ReceiveMessage;
import org.egovarchive.command.message.MessageCommands.ReplyMessage;
import org.egovarchive.command.message.MessageReader;
import org.egovarchive.command.message.TrackingCodes;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.kernel.staff.StaffRole;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A year of letters for the demo, as if imported from the city's earlier system: a few hundred, over
 * the last twelve months, to all five departments, with forwards, letters sent up and instructed,
 * explanations, on-time and late replies, open and long-overdue ones, ratings. Generated from a fixed
 * seed, so every load makes the same letters (relative to the day of the first load); ids are derived
 * from their number, so a second load finds them and skips them.
 */
final class DemoLetters {

    static final int COUNT = 300;
    private static final String[][] TOPICS = {
            {"housing", "老旧小区改造进度咨询", "我们小区列入今年老旧小区改造计划了吗？什么时候开工？"},
            {"housing", "物业服务投诉", "小区物业长期不清理垃圾，电梯经常故障，希望督促整改。"},
            {"education", "小学入学政策咨询", "孩子今年满六岁，非本地户籍，需要准备哪些入学材料？"},
            {"education", "学校周边交通安全建议", "建议在学校门口增设减速带和上下学时段的交通疏导。"},
            {"transport", "公交线路调整建议", "新建小区周边没有公交站点，建议延长公交线路。"},
            {"transport", "道路破损举报", "主干道有多处坑洼，夜间行车存在安全隐患。"},
            {"info-center", "政府网站无法访问", "市政府网站办事栏目打不开，请尽快修复。"},
            {"info-center", "政务公开信息查询", "在哪里可以查到本年度的财政预决算信息？"},
            {"office", "对城市发展的建议", "建议加强营商环境建设，简化企业开办流程。"}};

    private final Commands commands;
    private final MessageReader reader;
    private final DueDates dueDates;
    private final Clock clock;

    DemoLetters(Commands commands, MessageReader reader, DueDates dueDates, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** Loads the letters not there yet, four at a time; returns how many it added. */
    int load() throws Exception {
        Instant now = clock.instant();
        AtomicInteger added = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n = 1; n <= COUNT; n++) {
                int number = n;
                done.add(pool.submit(() -> {
                    if (reader.current(id(number)).isEmpty()) {
                        letter(number, now);
                        added.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return added.get();
    }

    static String id(int number) {
        return UUID.nameUUIDFromBytes(("egov-demo:letter:" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** One letter's whole history, decided by its own seeded random. */
    private void letter(int number, Instant now) {
        Random random = new Random(2026L * 1_000 + number);
        String[] topic = TOPICS[random.nextInt(TOPICS.length)];
        Box box = random.nextInt(5) == 0 ? Box.LEADER_MAILBOX : Box.MESSAGE_BOARD;
        MessageKind kind = kindOf(topic[1]);
        Instant received = now.minus(Duration.ofMinutes(60L * 24 * 2 + random.nextInt(60 * 24 * 363)));
        String id = id(number);
        String first = box == Box.LEADER_MAILBOX ? "office" : "info-center";
        Actor citizen = Actor.citizen();
        commands.send(new ReceiveMessage(id, box, kind, topic[1], topic[2], random.nextInt(10) < 6,
                new Contact("市民" + number, "1380000" + String.format("%04d", number), null),
                TrackingCodes.hash("DEMO" + number), first, received, citizen));
        Instant at = received.plus(hours(random, 2, 30));
        String holder = first;
        if (!topic[0].equals(first)) {
            String name = Department.demo(topic[0]).map(Department::name).orElse(topic[0]);
            commands.send(new ForwardMessage(id, topic[0], "属" + name + "职责范围，转办", at, handler(first)));
            holder = topic[0];
            at = at.plus(hours(random, 1, 24));
        }
        if (box == Box.LEADER_MAILBOX || random.nextInt(12) == 0) {
            commands.send(new EscalateMessage(id, "请领导阅示", at, handler(holder)));
            if (Duration.between(received, now).toDays() < 25 && random.nextBoolean()) {
                return;
            }
            at = at.plus(hours(random, 2, 48));
            Actor leader = new Actor("leader1", StaffRole.LEADER, "office");
            String name = Department.demo(holder).map(Department::name).orElse(holder);
            commands.send(new InstructMessage(id, "请" + name + "认真办理，按期答复。", at, leader));
            at = at.plus(hours(random, 1, 24));
        }
        Instant due = dueDates.dueAt(received, box, kind);
        if (random.nextInt(8) == 0) {
            commands.send(new ExplainMessage(id, "需现场核实，答复时间延后。", 3 + random.nextInt(3), at, handler(holder)));
            due = reader.current(id).orElseThrow().due().dueAt();
            at = at.plus(hours(random, 2, 24));
        }
        long open = Duration.between(received, now).toDays();
        boolean staysOpen = random.nextInt(100) < (open < 20 ? 45 : 4);
        if (staysOpen) {
            return;
        }
        Instant reply = random.nextInt(100) < 82
                ? earlier(at, due, random)
                : due.plus(hours(random, 20, 24 * 12));
        if (reply.isAfter(now)) {
            return;
        }
        commands.send(new ReplyMessage(id, "经核实，相关情况已处理，感谢您的来信。", random.nextInt(10) < 7, reply,
                handler(holder)));
        if (random.nextInt(10) < 8 && reply.plus(Duration.ofDays(2)).isBefore(now)) {
            commands.send(new CloseMessage(id, reply.plus(Duration.ofDays(2)), handler(holder)));
        }
        if (random.nextInt(10) < 4) {
            commands.send(new RateMessage(id, 3 + random.nextInt(3) - (reply.isAfter(due) ? 1 : 0), null,
                    reply.plus(Duration.ofDays(3)).isBefore(now) ? reply.plus(Duration.ofDays(3)) : now, citizen));
        }
    }

    private static Instant earlier(Instant after, Instant due, Random random) {
        long room = Math.max(1, Duration.between(after, due).toMinutes());
        return after.plus(Duration.ofMinutes(1 + (long) (random.nextDouble() * room * 0.9)));
    }

    private static Duration hours(Random random, int min, int max) {
        return Duration.ofMinutes(60L * min + random.nextInt(60 * (max - min) + 1));
    }

    private static MessageKind kindOf(String title) {
        if (title.contains("投诉")) {
            return MessageKind.COMPLAINT;
        }
        if (title.contains("建议")) {
            return MessageKind.SUGGESTION;
        }
        if (title.contains("举报")) {
            return MessageKind.REPORT;
        }
        return MessageKind.CONSULTATION;
    }

    /** The demo's handler of a department: a demo account where one exists, else the earlier system's user. */
    private static Actor handler(String department) {
        return switch (department) {
            case "info-center" -> new Actor("handler1", StaffRole.HANDLER, department);
            case "housing" -> new Actor("handler2", StaffRole.HANDLER, department);
            default -> new Actor("imported-handler-" + department, StaffRole.HANDLER, department);
        };
    }
}
