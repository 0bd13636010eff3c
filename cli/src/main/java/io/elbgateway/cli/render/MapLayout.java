/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a {@link ResourceMap} is drawn: one column per {@link MapColumn}, nodes stacked
 * in map order, each no higher than the node its first arrow comes from, so that a listener sits
 * beside its load balancer and a rule beside its listener. Deterministic: no layout library, no
 * randomness.
 */
final class MapLayout {

  static final int NODE_WIDTH = 290;
  static final int COLUMN_GAP = 56;
  static final int LINE_HEIGHT = 15;
  static final int MARGIN = 20;
  static final int TOP = 56;
  static final int GAP = 14;

  /** A node's box. */
  record Box(int x, int y, int width, int height) {
    int right() {
      return x + width;
    }

    int middleY() {
      return y + height / 2;
    }
  }

  private final Map<String, Box> boxes = new HashMap<>();
  private final int width;
  private final int height;

  private MapLayout(ResourceMap map) {
    Map<MapColumn, Integer> next = new EnumMap<>(MapColumn.class);
    Map<String, String> firstParent = new HashMap<>();
    map.edges().forEach(e -> firstParent.putIfAbsent(e.to(), e.from()));
    int bottom = TOP;
    for (MapNode node : map.nodes()) {
      int x = MARGIN + node.column().ordinal() * (NODE_WIDTH + COLUMN_GAP);
      int h = 28 + LINE_HEIGHT * node.lines().size();
      int y = next.getOrDefault(node.column(), TOP);
      Box parent = boxes.get(firstParent.get(node.id()));
      if (parent != null) {
        y = Math.max(y, parent.y());
      }
      boxes.put(node.id(), new Box(x, y, NODE_WIDTH, h));
      next.put(node.column(), y + h + GAP);
      bottom = Math.max(bottom, y + h);
    }
    this.width = MARGIN * 2 + MapColumn.values().length * NODE_WIDTH + (MapColumn.values().length - 1) * COLUMN_GAP;
    this.height = bottom + MARGIN;
  }

  static MapLayout of(ResourceMap map) {
    return new MapLayout(map);
  }

  Box box(String id) {
    return boxes.get(id);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }
}
