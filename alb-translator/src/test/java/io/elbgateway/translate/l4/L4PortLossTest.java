/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import static io.elbgateway.translate.l4.L4Fixtures.ALL_NAMESPACES;
import static io.elbgateway.translate.l4.L4Fixtures.ECHO;
import static io.elbgateway.translate.l4.L4Fixtures.TO_GW;
import static io.elbgateway.translate.l4.L4Fixtures.gateway;
import static io.elbgateway.translate.l4.L4Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.translate.DeviationCode;
import org.junit.jupiter.api.Test;

/** A route that carries one port of an NLB Gateway but loses another is Accepted, and the loss is declared. */
class L4PortLossTest {

  @Test
  void aRouteThatLosesOnePortButCarriesAnotherIsAcceptedAndTheLossDeclared() {
    String yaml =
        gateway(
                "{name: a, port: 7000, protocol: TCP, " + ALL_NAMESPACES + "}",
                "{name: b, port: 7001, protocol: TCP, " + ALL_NAMESPACES + "}")
            + route("TCPRoute", "old", 1, "[{name: gw, namespace: infra, sectionName: a}]", ECHO)
            + route("TCPRoute", "both", 2, TO_GW, ECHO);
    L4Fixtures.Run run = L4Fixtures.run(yaml);
    assertThat(run.route("TCPRoute", "both", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.translation.diagnostics())
        .filteredOn(d -> d.object().name().equals("both") && d.code() == DeviationCode.OTHER)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.path()).isEqualTo(".spec.parentRefs[0]");
          assertThat(d.message()).contains("but not these: port 7000 carries TCPRoute apps/old");
        });
    assertThat(run.translation.diagnostics()).noneMatch(d -> d.object().name().equals("old"));
  }
}
