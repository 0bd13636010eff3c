/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.ListenerRuleConfigurationStatus;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.ImmutableTranslation;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.status.StatusCollector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenerRuleConfigurationStatusesTest {

  @Test
  void everyConfigurationGetsAStatusUsedOrNot() {
    ClusterSnapshot snapshot =
        FilterFixtures.snapshot(
            "apiVersion: gateway.k8s.aws/v1\nkind: ListenerRuleConfiguration\nmetadata: {name: ok, namespace: app, generation: 2}\n"
                + "spec: {actions: [{type: fixed-response, fixedResponseConfig: {statusCode: 404}}]}\n"
                + "---\n"
                + "apiVersion: gateway.k8s.aws/v1\nkind: ListenerRuleConfiguration\nmetadata: {name: sso, namespace: app}\n"
                + "spec:\n"
                + "  actions:\n"
                + "    - type: authenticate-oidc\n"
                + "      authenticateOIDCConfig: {issuer: 'https://i', authorizationEndpoint: 'https://a',"
                + " tokenEndpoint: 'https://t', userInfoEndpoint: 'https://u', secret: {name: missing}}\n");
    StatusCollector statuses = new StatusCollector();
    ListenerRuleConfigurationStatuses.report(snapshot, statuses);
    ImmutableTranslation.Builder translation = Translation.builder();
    statuses.fill(translation);
    Map<ObjectKey, ListenerRuleConfigurationStatus> byKey = translation.build().listenerRuleConfigurationStatuses();
    ListenerRuleConfigurationStatus ok = byKey.get(ObjectKey.of("gateway.k8s.aws", "ListenerRuleConfiguration", "app", "ok"));
    assertThat(ok.accepted()).hasValue(true);
    assertThat(ok.message()).hasValue("");
    assertThat(ok.observedGeneration()).hasValue(2L);
    ListenerRuleConfigurationStatus sso = byKey.get(ObjectKey.of("gateway.k8s.aws", "ListenerRuleConfiguration", "app", "sso"));
    assertThat(sso.accepted()).hasValue(false);
    assertThat(sso.message())
        .hasValue(".spec.actions[0].authenticateOIDCConfig.secret.name: Secret app/missing does not exist; create it"
            + " with the keys clientID and clientSecret");
  }
}
