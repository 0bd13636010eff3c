/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import io.elbgateway.sync.aws.CallCounts;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints the AWS calls of a first sync of generated clusters into testkit's in-memory AWS, of a
 * second sync with nothing changed, and of one after the engine's tag cache expired; how the calls
 * grow with the number of Gateways and of rules; and, side by side, what the AWS Load Balancer
 * Controller's deployer would issue for the same stacks ({@link LbcCallModel}). Arguments: sizes as
 * {@code <gateways>x<rules per gateway>} (default 25x50 50x50 100x50 200x50 200x10 200x25); the
 * largest is the headline, printed by operation.
 *
 * <p>Run: {@code ./mvnw -B -o -q -pl benchmarks -am compile exec:exec -Dexec.skip=true
 * -Dexec.executable=java -Dbenchmark.main=io.elbgateway.benchmarks.SyncCalls -Dbenchmark.args=}
 * (sizes in {@code benchmark.args}; empty for the defaults). The in-memory AWS's rule checks scan
 * the Region, so the default sizes take minutes of wall-clock time; the calls they count do not
 * depend on it.
 */
public final class SyncCalls {

  private static final String[] DEFAULT_SIZES = {"25x50", "50x50", "100x50", "200x50", "200x10", "200x25"};

  private SyncCalls() {}

  /** Runs every size given (or the default ones) and prints the tables. */
  public static void main(String[] args) {
    // The engine logs every change at INFO: 20,000 lines at the headline size, none of them wanted
    // here (slf4j-simple, when it is on the class path, reads this before its first logger).
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    String[] sizes = args.length == 0 ? DEFAULT_SIZES : args;
    PrintStream out = System.out;
    List<Row> rows = new ArrayList<>();
    for (String size : sizes) {
      String[] parts = size.split("x");
      long start = System.nanoTime();
      SyncRun run = SyncRun.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      System.err.printf("%s: three syncs in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
      rows.add(new Row(run, LbcCallModel.standard(), LbcCallModel.asInSource()));
    }
    Row headline = rows.get(0);
    for (Row row : rows) {
      if ((long) row.run.gateways * row.run.rulesPerGateway > (long) headline.run.gateways * headline.run.rulesPerGateway) {
        headline = row;
      }
    }

    out.println("== Our engine: syncAll into a fresh in-memory AWS (ManualClock, no rate limits) ==");
    out.println("Each Gateway: 1 ALB, 1 HTTP:80 listener, N rules, 5 target groups x 2 targets.");
    out.println();
    out.println(" gateways  rules/gw  rules   | first: total  mutating  reads  per-gw  ms      | second: total  mutating  reads | after-tag-TTL: total  reads");
    for (Row r : rows) {
      SyncRun run = r.run;
      out.printf(" %8d  %8d  %6d  |  %11d  %8d  %5d  %6.1f  %-7d |  %12d  %8d  %5d |  %19d  %5d%n",
          run.gateways, run.rulesPerGateway, run.gateways * run.rulesPerGateway,
          run.firstCalls.total(), run.firstCalls.mutating(), run.firstCalls.reads(),
          run.firstCalls.total() / (double) run.gateways, run.firstSyncMillis,
          run.secondCalls.total(), run.secondCalls.mutating(), run.secondCalls.reads(),
          run.afterTagCacheCalls.total(), run.afterTagCacheCalls.reads());
    }

    out.println();
    out.printf("== Headline %dx%d, calls by operation ==%n", headline.run.gateways, headline.run.rulesPerGateway);
    out.println(" operation                        ours-first  lbc-first | ours-second  lbc-second | ours-after-TTL  lbc-after-TTL");
    Set<String> operations = new TreeSet<>();
    for (CallCounts c : headline.all()) {
      operations.addAll(c.byOperation().keySet());
    }
    for (String op : operations) {
      out.printf(" %-31s  %10d  %9d | %11d  %10d | %14d  %13d%n", op,
          n(headline.run.firstCalls, op), n(headline.lbcFirst, op),
          n(headline.run.secondCalls, op), n(headline.lbcSecond, op),
          n(headline.run.afterTagCacheCalls, op), n(headline.lbcAfterTtl, op));
    }
    out.printf(" %-31s  %10d  %9d | %11d  %10d | %14d  %13d%n", "TOTAL",
        headline.run.firstCalls.total(), headline.lbcFirst.total(),
        headline.run.secondCalls.total(), headline.lbcSecond.total(),
        headline.run.afterTagCacheCalls.total(), headline.lbcAfterTtl.total());

    out.println();
    out.println("== How calls grow with size (first sync) ==");
    out.println(" gateways  rules/gw  | ours: calls  /gateway  /rule  mutating/rule  reads | lbc: calls  /gateway  /rule  reads");
    for (Row r : rows) {
      SyncRun run = r.run;
      int rules = run.gateways * run.rulesPerGateway;
      out.printf(" %8d  %8d  | %11d  %8.2f  %5.3f  %13.3f  %5d | %10d  %8.2f  %5.3f  %5d%n",
          run.gateways, run.rulesPerGateway,
          run.firstCalls.total(), run.firstCalls.total() / (double) run.gateways,
          run.firstCalls.total() / (double) rules, run.firstCalls.mutating() / (double) rules, run.firstCalls.reads(),
          r.lbcFirst.total(), r.lbcFirst.total() / (double) run.gateways, r.lbcFirst.total() / (double) rules,
          r.lbcFirst.reads());
    }

    out.println();
    out.println("== Side by side: ours (measured) vs LBC (model, lbc-gateway.md §5) ==");
    out.println("LBC  = the model with §5's cheaper readings where it is silent (LbcCallModel.standard()).");
    out.println("LBC* = the same with LBC's source where §5 is silent: tags cached only once read, attributes read after each create.");
    out.println(" gateways  rules/gw  | first total: ours   LBC  LBC* | mutating: ours   LBC | reads: ours   LBC  LBC* "
        + "| second total: ours   LBC  LBC* | after-TTL total: ours   LBC");
    for (Row r : rows) {
      SyncRun run = r.run;
      out.printf(" %8d  %8d  | %16d %5d %5d | %14d %5d | %11d %5d %5d | %17d %5d %5d | %20d %5d%n",
          run.gateways, run.rulesPerGateway,
          run.firstCalls.total(), r.lbcFirst.total(), r.lbcFirstAlt.total(),
          run.firstCalls.mutating(), r.lbcFirst.mutating(),
          run.firstCalls.reads(), r.lbcFirst.reads(), r.lbcFirstAlt.reads(),
          run.secondCalls.total(), r.lbcSecond.total(), r.lbcSecondAlt.total(),
          run.afterTagCacheCalls.total(), r.lbcAfterTtl.total());
    }
  }

  private static int n(CallCounts counts, String operation) {
    return counts.byOperation().getOrDefault(operation, 0);
  }

  /** One size: our measured run and the LBC model's counts for its stacks. */
  private static final class Row {
    final SyncRun run;
    final CallCounts lbcFirst;
    final CallCounts lbcSecond;
    final CallCounts lbcAfterTtl;
    final CallCounts lbcFirstAlt;
    final CallCounts lbcSecondAlt;

    Row(SyncRun run, LbcCallModel lbc, LbcCallModel alt) {
      this.run = run;
      this.lbcFirst = lbc.firstDeployment(run.stacks);
      this.lbcSecond = lbc.noChangeReconcile(run.stacks);
      this.lbcAfterTtl = lbc.reconcileAfterTagCache(run.stacks);
      this.lbcFirstAlt = alt.firstDeployment(run.stacks);
      this.lbcSecondAlt = alt.noChangeReconcile(run.stacks);
    }

    List<CallCounts> all() {
      return List.of(run.firstCalls, lbcFirst, run.secondCalls, lbcSecond, run.afterTagCacheCalls, lbcAfterTtl);
    }
  }
}
