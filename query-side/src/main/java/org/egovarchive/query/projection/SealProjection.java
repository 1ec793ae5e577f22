package org.egovarchive.query.projection;

import org.egovarchive.kernel.seal.SealKeeperAuthorized;
import org.egovarchive.kernel.seal.SealKeeperRevoked;
import org.egovarchive.kernel.seal.SealRegistered;
import org.egovarchive.kernel.seal.SealRevoked;
import org.egovarchive.query.elastic.ReadModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Seals into {@code seals}: what the public document pages verify seals with. */
public class SealProjection extends StatefulProjection<SealView> {

    public SealProjection(ViewStore views) {
        super(views, ReadModel.SEALS, SealView.class);
    }

    @Override
    public String aggregateType() {
        return "Seal";
    }

    @Override
    protected boolean isFirst(Object payload) {
        return payload instanceof SealRegistered;
    }

    @Override
    protected SealView start(TypedEvent first) {
        SealRegistered e = (SealRegistered) first.payload();
        return new SealView(e.sealId(), first.envelope().sequence(), e.name(), e.department(), e.algorithm(), e.publicKey(),
                first.envelope().occurredAt(), null, List.of());
    }

    @Override
    protected SealView apply(SealView v, TypedEvent event) {
        Instant at = event.envelope().occurredAt();
        List<SealView.KeeperPeriod> keepers = new ArrayList<>(v.keepers());
        Instant revokedAt = v.revokedAt();
        if (event.payload() instanceof SealKeeperAuthorized e) {
            keepers.add(new SealView.KeeperPeriod(e.username(), at, null));
        } else if (event.payload() instanceof SealKeeperRevoked e) {
            keepers.replaceAll(k -> k.username().equals(e.username()) && k.to() == null
                    ? new SealView.KeeperPeriod(k.username(), k.from(), at) : k);
        } else if (event.payload() instanceof SealRevoked) {
            revokedAt = at;
        }
        return new SealView(v.id(), event.envelope().sequence(), v.name(), v.department(), v.algorithm(), v.publicKey(),
                v.registeredAt(), revokedAt, keepers);
    }

    @Override
    protected long version(SealView view) {
        return view.version();
    }
}
