package org.egovarchive.query.projection;

import org.egovarchive.kernel.seal.SealEvent;
import org.egovarchive.kernel.seal.SealRecord;
import org.egovarchive.query.elastic.ReadModel;

/** Seals into {@code seals}: what the public document pages verify seals with. */
public class SealProjection extends StatefulProjection<SealRecord, SealView> {

    public SealProjection(ViewStore views) {
        super(views, ReadModel.SEALS, SealView.class);
    }

    @Override
    public String aggregateType() {
        return "Seal";
    }

    @Override
    protected SealRecord next(SealRecord prior, TypedEvent event) {
        return SealRecord.next(prior, as(SealEvent.class, event), event.envelope().sequence(),
                event.envelope().occurredAt());
    }

    @Override
    protected SealView view(SealRecord record, String lastHash, Hold hold) {
        return SealView.of(record, lastHash, hold);
    }

    @Override
    protected long version(SealRecord record) {
        return record.version();
    }
}
