/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static io.elbgateway.translate.filter.FilterFixtures.draft;
import static io.elbgateway.translate.filter.FilterFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.translate.Plugins;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SPI proof: a made-up ExtensionRef kind, plugged in two ways, is used by {@link RuleFilters}. */
class PluggableExtensionRefTest {

  private static final String ROUTE =
      httpRoute(
          "    - filters:\n"
              + "        - type: ExtensionRef\n"
              + "          extensionRef: {group: example.io, kind: MaintenancePage, name: spring-sale}\n"
              + "      backendRefs: [{name: web, port: 80}]\n");

  private static RuleDraft draftWith(Translator translator) {
    Plugins plugins = TestContexts.plugins(translator);
    return draft(ROUTE, 0, true, plugins).draft();
  }

  private static void assertMaintenancePage(RuleDraft draft) {
    assertThat(draft.routingAction()).hasValue(FilterTestMaintenancePagePlugin.MAINTENANCE_PAGE);
    assertThat(draft.tags()).isEqualTo(Map.of("maintenance-page", "spring-sale"));
    assertThat(draft.failedClosed()).isEmpty();
    assertThat(draft.dropped()).isEmpty();
    assertThat(draft.unresolvedRefs()).isEmpty();
  }

  @Test
  void aHandlerRegisteredOnTheBuilderIsUsed() {
    Translator translator =
        Translator.builder()
            .serviceLoader(false)
            .extensionRefHandler(new FilterTestMaintenancePagePlugin.MaintenancePageHandler())
            .build();
    assertMaintenancePage(draftWith(translator));
  }

  @Test
  void aPluginFoundByServiceLoaderIsUsed() {
    assertMaintenancePage(draftWith(Translator.builder().build()));
    assertMaintenancePage(draftWith(Translator.withDefaults()));
  }

  @Test
  void aPluginRegisteredOnTheBuilderIsUsed() {
    assertMaintenancePage(draftWith(Translator.builder().serviceLoader(false).plugin(new FilterTestMaintenancePagePlugin()).build()));
  }

  @Test
  void withoutThePluginTheRuleFailsClosedWithInvalidKind() {
    RuleDraft draft = draftWith(Translator.builder().serviceLoader(false).build());
    assertThat(draft.routingAction()).isNotEqualTo(java.util.Optional.of(FilterTestMaintenancePagePlugin.MAINTENANCE_PAGE));
    assertThat(draft.routingAction().get().fixedResponseConfig().get().statusCode()).isEqualTo("500");
    assertThat(draft.failedClosed()).map(Problem::reason).hasValue(Reasons.INVALID_KIND);
    assertThat(draft.unresolvedRefs()).extracting(Problem::reason).containsExactly(Reasons.INVALID_KIND);
  }

  @Test
  void theBuiltInsStayNextToThePlugin() {
    Plugins plugins = TestContexts.plugins(Translator.withDefaults());
    assertThat(plugins.extension("gateway.k8s.aws", "ListenerRuleConfiguration")).isPresent();
    assertThat(plugins.extension("example.io", "MaintenancePage")).isPresent();
    assertThat(plugins.filter("RequestRedirect")).isPresent();
    assertThat(plugins.filter("URLRewrite")).isPresent();
  }

  @Test
  void aHandlerThatThrowsMakesOnlyItsRuleFailClosed() {
    Translator translator =
        Translator.builder()
            .serviceLoader(false)
            .extensionRefHandler(
                new io.elbgateway.translate.spi.ExtensionRefHandler() {
                  @Override
                  public String group() {
                    return "example.io";
                  }

                  @Override
                  public String kind() {
                    return "MaintenancePage";
                  }

                  @Override
                  public void apply(io.elbgateway.model.meta.LocalObjectReference ref, String path, RuleDraft draft) {
                    throw new IllegalStateException("boom");
                  }
                })
            .build();
    RuleDraft draft = draftWith(translator);
    assertThat(draft.routingAction().get().fixedResponseConfig().get().statusCode()).isEqualTo("500");
    assertThat(draft.failedClosed().get().message()).contains("failed (IllegalStateException: boom)");
  }
}
