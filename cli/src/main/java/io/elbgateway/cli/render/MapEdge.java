/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

/**
 * One arrow of a resource map.
 *
 * @param from the id of the node it starts at
 * @param to the id of the node it points to
 * @param label drawn beside it (a forward's weight), or empty
 */
public record MapEdge(String from, String to, String label) {}
