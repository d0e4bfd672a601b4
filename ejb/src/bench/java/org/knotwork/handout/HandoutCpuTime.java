package org.knotwork.handout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The handout and its floor (the same two benchmarks as {@link HandoutBenchmark}) measured in CPU time of the thread
 * that makes them, not in elapsed time: on a shared machine a thread waiting for a core counts in JMH's average time
 * but not here. Blocks of each alternate, so a change in the machine's load or the JIT's state touches both alike;
 * the figure per benchmark is the median of its blocks. Arguments: warm-up seconds, blocks, sheets per block.
 */
public final class HandoutCpuTime {

    private HandoutCpuTime() {}

    public static void main(String[] args) throws Exception {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int perBlock = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        HandoutBenchmark bench = new HandoutBenchmark();
        bench.prepare();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        long sink = 0;
        while (System.nanoTime() < until) {
            sink += bench.handout().length + bench.floor().length;
        }
        double[] handout = new double[blocks];
        double[] floor = new double[blocks];
        int handoutBytes = bench.handout().length;
        int floorBytes = bench.floor().length;
        for (int block = 0; block < blocks; block++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perBlock; i++) {
                sink += bench.handout().length;
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perBlock; i++) {
                sink += bench.floor().length;
            }
            long end = threads.getCurrentThreadCpuTime();
            handout[block] = (middle - start) / 1000.0 / perBlock;
            floor[block] = (end - middle) / 1000.0 / perBlock;
        }
        Arrays.sort(handout);
        Arrays.sort(floor);
        System.out.printf(
                Locale.ROOT,
                "CPU µs/op, median (min–max) of %d blocks of %d: floor %.0f (%.0f–%.0f), handout %.0f (%.0f–%.0f),"
                        + " handout / floor %.2f ×; bytes: floor %d, handout %d (%d)%n",
                blocks,
                perBlock,
                floor[blocks / 2],
                floor[0],
                floor[blocks - 1],
                handout[blocks / 2],
                handout[0],
                handout[blocks - 1],
                handout[blocks / 2] / floor[blocks / 2],
                floorBytes,
                handoutBytes,
                sink % 2);
    }
}
