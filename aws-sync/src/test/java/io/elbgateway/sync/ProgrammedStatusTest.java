/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerSetStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.sync.aws.CallCounts;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.PlanProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a sync says in the Gateway API statuses: addresses and Programmed, per Gateway, listener and ListenerSet. */
class ProgrammedStatusTest {

  private static final Condition ACCEPTED =
      Condition.builder().type("Accepted").status(ConditionStatus.TRUE).reason("Accepted").build();
  private static final Condition REFUSED =
      Condition.builder().type("Accepted").status(ConditionStatus.FALSE).reason("PortUnavailable").build();

  private static ImmutableSyncResult.Builder result() {
    return SyncResult.builder()
        .stack("kube-system/gw")
        .plan(Plan.builder().stack("kube-system/gw").build())
        .calls(CallCounts.none())
        .dnsName("gw-1234.ap-northeast-2.elb.amazonaws.com")
        .state(LoadBalancerState.ACTIVE);
  }

  private static ListenerStatus listener(String name, Condition accepted) {
    return ListenerStatus.builder().name(name).attachedRoutes(1).addCondition(accepted).build();
  }

  private static Condition programmed(ListenerStatus listener) {
    return listener.conditions().stream().filter(c -> c.type().equals("Programmed")).findFirst().orElseThrow();
  }

  @Test
  void aProblemOfOneElbListenerMarksOnlyTheGatewayListenersOnItsPort() {
    SyncResult synced =
        result().addProblem(PlanProblem.of("kube-system/gw/HTTPS:443", "no issued ACM certificate covers www.example.com"))
            .addProblem(PlanProblem.of("kube-system/gw/HTTP:80/HTTPRoute/a/r/0/0", "priority 1000 is held by someone else's rule"))
            .build();
    GatewayStatus status =
        GatewayStatus.builder()
            .addCondition(ACCEPTED)
            .addListeners(listener("http", ACCEPTED), listener("https", ACCEPTED), listener("extra", REFUSED))
            .build();

    GatewayStatus written = synced.applyTo(status, Map.of("http", 80, "https", 443, "extra", 8443));

    assertThat(written.addresses()).singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo("Hostname");
      assertThat(a.value()).isEqualTo("gw-1234.ap-northeast-2.elb.amazonaws.com");
    });
    assertThat(written.conditions()).extracting(Condition::type).containsExactly("Accepted", "Programmed");
    assertThat(synced.programmed().status()).isEqualTo(ConditionStatus.FALSE);
    Map<String, ListenerStatus> byName = new java.util.HashMap<>();
    written.listeners().forEach(l -> byName.put(l.name(), l));
    // The rule problem on port 80 is a route's, not the listener's: the listener is programmed.
    assertThat(programmed(byName.get("http")).status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(programmed(byName.get("https")).status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(programmed(byName.get("https")).message()).contains("no issued ACM certificate");
    assertThat(programmed(byName.get("extra")).message()).isEqualTo("the listener is not accepted");
  }

  @Test
  void whileTheLoadBalancerProvisionsEveryAcceptedListenerIsPending() {
    SyncResult provisioning = result().state(LoadBalancerState.PROVISIONING).build();
    GatewayStatus written =
        provisioning.applyTo(GatewayStatus.builder().addCondition(ACCEPTED).addListener(listener("http", ACCEPTED)).build());
    assertThat(programmed(written.listeners().get(0)).reason()).isEqualTo("Pending");
    assertThat(provisioning.programmed().reason()).isEqualTo("Pending");
  }

  @Test
  void aListenerSetIsProgrammedWithItsGatewayAndItsEntriesByPort() {
    SyncResult synced = result().addProblem(PlanProblem.of("kube-system/gw/HTTPS:8443", "port 8443 has someone else's listener")).build();
    ListenerSetStatus set =
        ListenerSetStatus.builder()
            .addCondition(ACCEPTED)
            .addListeners(
                ListenerStatus.builder().name("a").port(8080).attachedRoutes(1).addCondition(ACCEPTED).build(),
                ListenerStatus.builder().name("b").port(8443).attachedRoutes(0).addCondition(ACCEPTED).build())
            .build();

    ListenerSetStatus written = synced.applyTo(set);

    assertThat(written.conditions()).extracting(Condition::type).contains("Programmed");
    assertThat(programmed(written.listeners().get(0)).status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(programmed(written.listeners().get(1)).status()).isEqualTo(ConditionStatus.FALSE);

    ListenerSetStatus refused = ListenerSetStatus.builder().addCondition(REFUSED).build();
    assertThat(synced.applyTo(refused).conditions()).filteredOn(c -> c.type().equals("Programmed"))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("not accepted"));
  }

  @Test
  void appliedTwiceTheStatusIsTheSame() {
    SyncResult synced = result().build();
    GatewayStatus status = GatewayStatus.builder().addCondition(ACCEPTED).addListener(listener("http", ACCEPTED)).build();
    GatewayStatus once = synced.applyTo(status, Map.of("http", 80));
    assertThat(synced.applyTo(once, Map.of("http", 80))).isEqualTo(once);
    assertThat(List.of(once.listeners().get(0).conditions().size())).containsExactly(2);
  }
}
