package org.egovarchive.infra.stack;

import java.util.concurrent.CountDownLatch;

/** Run in a child JVM by {@link LocalStackLifecycleIT}: starts a throwaway stack and waits to be killed. */
public final class ThrowawayStackMain {

    private ThrowawayStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StackConfig config = StackConfig.throwaway();
        System.out.println("WORKDIR " + config.workDir());
        LocalStack.start(config, System.out::println);
        System.out.println("READY");
        new CountDownLatch(1).await();
    }
}
