/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.translate.spi.ExtensionRefHandler;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.spi.TranslatorPlugin;
import java.util.List;

/**
 * A made-up ExtensionRef kind, {@code example.io/MaintenancePage}, that answers 503 with a fixed
 * page: the proof that a plugin the translator does not know is found (by ServiceLoader, through
 * {@code src/test/resources/META-INF/services}) or registered (on the builder) and used.
 */
public final class FilterTestMaintenancePagePlugin implements TranslatorPlugin {

  /** The page every rule using the extension answers with. */
  public static final Action MAINTENANCE_PAGE =
      Action.fixedResponse(
          FixedResponseActionConfig.builder()
              .statusCode("503")
              .contentType("text/html")
              .messageBody("<h1>Down for maintenance</h1>")
              .build());

  @Override
  public List<ExtensionRefHandler> extensionRefHandlers() {
    return List.of(new MaintenancePageHandler());
  }

  /** The handler of {@code example.io/MaintenancePage}. */
  public static final class MaintenancePageHandler implements ExtensionRefHandler {

    @Override
    public String group() {
      return "example.io";
    }

    @Override
    public String kind() {
      return "MaintenancePage";
    }

    @Override
    public void apply(LocalObjectReference ref, String path, RuleDraft draft) {
      draft.routingAction(MAINTENANCE_PAGE, path);
      draft.putTags(java.util.Map.of("maintenance-page", ref.name()));
    }
  }
}
