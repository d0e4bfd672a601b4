package org.knotwork.handout;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The handout and its floor (the same two benchmarks as {@link HandoutBenchmark}) measured in CPU time of the thread
 * that makes them, not in elapsed time: on a shared machine a thread waiting for a core counts in JMH's average time
 * but not here. Blocks of each alternate, so a change in the machine's load or the JIT's state touches both alike;
 * the figure per benchmark is the median of its blocks. Bytes allocated by the thread are counted the same way
 * (HotSpot's per-thread allocation counter), since what a sheet allocates is collector work the endpoint pays beside
 * it. Arguments: warm-up seconds, blocks, sheets per block.
 */
public final class HandoutCpuTime {

    private HandoutCpuTime() {}

    public static void main(String[] args) throws Exception {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int perBlock = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        HandoutBenchmark bench = new HandoutBenchmark();
        bench.prepare();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long until = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        long sink = 0;
        while (System.nanoTime() < until) {
            sink += bench.handout().length + bench.floor().length;
        }
        double[] handout = new double[blocks];
        double[] floor = new double[blocks];
        double[] handoutAllocated = new double[blocks];
        double[] floorAllocated = new double[blocks];
        int handoutBytes = bench.handout().length;
        int floorBytes = bench.floor().length;
        for (int block = 0; block < blocks; block++) {
            long startAllocated = threads.getThreadAllocatedBytes(thread);
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perBlock; i++) {
                sink += bench.handout().length;
            }
            long middle = threads.getCurrentThreadCpuTime();
            long middleAllocated = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < perBlock; i++) {
                sink += bench.floor().length;
            }
            long end = threads.getCurrentThreadCpuTime();
            long endAllocated = threads.getThreadAllocatedBytes(thread);
            handout[block] = (middle - start) / 1000.0 / perBlock;
            floor[block] = (end - middle) / 1000.0 / perBlock;
            handoutAllocated[block] = (middleAllocated - startAllocated) / 1024.0 / perBlock;
            floorAllocated[block] = (endAllocated - middleAllocated) / 1024.0 / perBlock;
        }
        Arrays.sort(handout);
        Arrays.sort(floor);
        Arrays.sort(handoutAllocated);
        Arrays.sort(floorAllocated);
        System.out.printf(
                Locale.ROOT,
                "CPU µs/op, median (min–max) of %d blocks of %d: floor %.0f (%.0f–%.0f), handout %.0f (%.0f–%.0f),"
                        + " handout / floor %.2f ×; allocated kB/op, median: floor %.0f, handout %.0f (%.2f ×);"
                        + " bytes: floor %d, handout %d (%d)%n",
                blocks,
                perBlock,
                floor[blocks / 2],
                floor[0],
                floor[blocks - 1],
                handout[blocks / 2],
                handout[0],
                handout[blocks - 1],
                handout[blocks / 2] / floor[blocks / 2],
                floorAllocated[blocks / 2],
                handoutAllocated[blocks / 2],
                handoutAllocated[blocks / 2] / floorAllocated[blocks / 2],
                floorBytes,
                handoutBytes,
                sink % 2);
    }
}
