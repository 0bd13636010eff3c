/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import java.util.List;

/**
 * One box of a resource map.
 *
 * @param id unique within the map, stable between runs
 * @param column where it is drawn
 * @param title the first, bold line
 * @param lines the lines below it
 * @param failed whether it stands for something that failed translation (drawn red, with its reason)
 */
public record MapNode(String id, MapColumn column, String title, List<String> lines, boolean failed) {

  /** A node; {@code lines} is copied. */
  public MapNode {
    lines = List.copyOf(lines);
  }
}
