/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.cli.render.PlanReport;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.PlanProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code apply}: shows the plan, asks, applies it with progress, prints the DNS names. */
@Command(
    name = "apply",
    description = {
      "Shows the plan, asks for yes (unless --yes), applies it change by change with a progress line per change "
          + "on stderr ([done/total] step), and prints each load balancer's DNS name.",
      "By default into the built-in in-memory AWS, recorded in the state file (--state) so that the next plan "
          + "shows no changes; with --aws, into a real account."
    },
    footer = {
      "  elbgateway apply -f examples/seed",
      "  elbgateway apply -f examples/seed --yes -o json",
      "  elbgateway apply -f deploy/gateway --aws --region eu-west-1 --managed-security-group sg-0123456789abcdef0"
    },
    exitCodeList = {
      "0:applied (or nothing to change)",
      "1:invalid manifests or state file, or the answer was not yes",
      "2:usage error",
      "3:AWS error: a change failed or could not be made"
    })
final class ApplyCommand extends CliCommand {

  @Mixin ManifestOptions manifests;

  @Mixin TargetOptions targets;

  @Option(names = {"-y", "--yes"}, description = "Apply without asking.")
  boolean yes;

  @Option(names = {"-o", "--output"}, defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  TextOrJson output;

  @Override
  public Integer call() {
    try (Planning planning = Planning.start(manifests, targets, console())) {
      Target target = planning.target;
      boolean json = output == TextOrJson.json;
      int total = planning.changeCount();
      if (!json) {
        console().out().print(PlanReport.text(target.describe(), target.notes(), planning.refused, planning.plans));
        console().out().flush();
      }
      if (total > 0 && !yes && !confirmed(total, target)) {
        console().err().println("Not applied: the answer was not yes (--yes applies without asking).");
        return ExitCodes.INVALID_INPUT;
      }
      List<SyncResult> results = new ArrayList<>();
      int done = 0;
      boolean failed = false;
      for (Plan plan : planning.plans) {
        if (plan.empty() && plan.problems().isEmpty()) {
          continue;
        }
        int before = done;
        SyncResult result = target.apply(plan, (index, size, change) -> {
          if (!json) {
            console().err().println("[" + (before + index + 1) + "/" + total + "] " + change.operation().verb() + " "
                + change.operation().resource() + " " + change.key());
          }
        });
        done += result.applied().size();
        results.add(result);
        if (!result.converged()) {
          failed = true;
          break;
        }
      }
      List<String> failures = new ArrayList<>();
      for (SyncResult result : results) {
        result.failure().ifPresent(f -> failures.add(f.describe()));
        for (PlanProblem problem : result.problems()) {
          failures.add(problem.key() + ": " + problem.message());
        }
      }
      if (!failed) {
        target.applied(planning.translation.stacks());
      }
      List<Map<String, String>> loadBalancers = new ArrayList<>();
      for (ElbStack stack : planning.translation.stacks()) {
        Optional<String> dns = results.stream()
            .filter(r -> r.stack().equals(stack.gateway().namespacedName()))
            .flatMap(r -> r.dnsName().stream())
            .findFirst()
            .or(() -> target.dnsName(stack));
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("gateway", stack.gateway().namespacedName());
        entry.put("loadBalancerName", stack.loadBalancer().name());
        dns.ifPresent(d -> entry.put("dnsName", d));
        loadBalancers.add(entry);
      }
      if (json) {
        Map<String, Object> document = PlanReport.document(target.describe(), target.notes(), planning.refused, planning.plans);
        document.put("applied", done);
        document.put("failures", failures);
        document.put("loadBalancers", loadBalancers);
        console().out().println(PlanReport.json(document));
      } else {
        failures.forEach(f -> console().err().println("error: " + f));
        console().out().println(failed
            ? "Apply incomplete: " + done + " of " + total + " changes applied, " + failures.size()
                + (failures.size() == 1 ? " error" : " errors") + " (on stderr)"
                + (targets.aws ? "; running apply again is safe: it plans only what is still missing." : "; the state file is unchanged.")
            : "Apply complete: " + done + (done == 1 ? " change" : " changes") + " applied.");
        if (!loadBalancers.isEmpty()) {
          console().out().println();
          console().out().println("Load balancers:");
          for (Map<String, String> entry : loadBalancers) {
            console().out().println("  " + entry.get("gateway") + "  " + entry.getOrDefault("dnsName", "(not created)"));
          }
        }
      }
      return failed ? ExitCodes.AWS_OR_CLUSTER_ERROR : ExitCodes.OK;
    }
  }

  private boolean confirmed(int total, Target target) {
    console().err().print("Apply " + total + (total == 1 ? " change" : " changes") + " to " + target.describe()
        + "?\n  Only 'yes' is accepted: ");
    console().err().flush();
    return console().readLine().map(String::trim).filter("yes"::equals).isPresent();
  }
}
