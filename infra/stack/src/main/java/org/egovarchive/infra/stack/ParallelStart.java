package org.egovarchive.infra.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Starts the components side by side (Elasticsearch alone takes 10–14 s) and, as soon as one fails,
 * cancels the others, so that the caller can stop whatever got started.
 */
final class ParallelStart {

    private final List<Component> components;
    private final Component.StartContext context;
    private final ExecutorService executor;
    private final List<Future<Component.Started>> futures = new ArrayList<>();

    ParallelStart(List<Component> components, Component.StartContext context) {
        this.components = components;
        this.context = context;
        this.executor = Executors.newFixedThreadPool(components.size(), runnable -> {
            Thread thread = new Thread(runnable, "egov-stack-start");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts all; throws the first failure, with later ones suppressed. */
    void run() {
        CompletionService<Component.Started> completion = new ExecutorCompletionService<>(executor);
        synchronized (futures) {
            components.forEach(component -> futures.add(completion.submit(() -> startOne(component))));
        }
        StackStartException failure = null;
        try {
            for (int i = 0; i < components.size(); i++) {
                Future<Component.Started> done = completion.take();
                Component component = components.get(futures.indexOf(done));
                try {
                    done.get();
                } catch (ExecutionException e) {
                    // startOne turns every Exception into a StackStartException; an Error is wrapped here
                    StackStartException cause = e.getCause() instanceof StackStartException known ? known
                            : new StackStartException(component.name(), component.logFiles(),
                                    e.getCause().toString(), e.getCause());
                    if (failure == null) {
                        failure = cause;
                        cancel();
                    } else {
                        failure.addSuppressed(cause);
                    }
                } catch (CancellationException e) {
                    if (failure == null) {
                        failure = new StackStartException("stack", List.of(), "start cancelled", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new StackStartException("stack", List.of(), "start interrupted", e);
        } finally {
            executor.shutdownNow();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Interrupts the starts still running and waits for them to give up (their commands are killed). */
    void cancel() {
        synchronized (futures) {
            futures.forEach(future -> future.cancel(true));
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Component.Started startOne(Component component) {
        context.progress().accept(Progress.line(component.name(), "starting…"));
        long begin = System.nanoTime();
        try {
            Component.Started started = component.start(context);
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            String what = started.adopted() ? "already running" : "ready in " + Progress.seconds(took);
            context.progress().accept(Progress.line(component.name(),
                    what + " (pid " + started.pid() + ", " + started.details() + ")"));
            return started;
        } catch (HealthCheck.Failed e) {
            throw new StackStartException(component.name(), component.logFiles(), e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(component);
        } catch (Exception e) {
            throw new StackStartException(component.name(), component.logFiles(), String.valueOf(e.getMessage()), e);
        }
    }

    private static StackStartException cancelled(Component component) {
        return new StackStartException(component.name(), component.logFiles(), "start cancelled", null);
    }
}
