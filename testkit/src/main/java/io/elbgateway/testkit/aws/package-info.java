/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * An in-memory AWS for tests: ELBv2, WAFv2, ACM and Shield behind the AWS SDK v2 client
 * interfaces, with AWS's own rules (ARNs, name uniqueness, priorities, resources in use, quotas,
 * pagination, tags, load balancer and target states), fault injection ({@link
 * io.elbgateway.testkit.aws.Faults}) and call counting ({@link io.elbgateway.testkit.aws.CallLog}).
 *
 * <p>Start from {@link io.elbgateway.testkit.aws.InMemoryAws#builder()}; hand its clients to the
 * code under test; ask {@link io.elbgateway.testkit.aws.InMemoryElbv2#stackOf} how a load balancer
 * routes (with {@code AlbEvaluator}) and {@link io.elbgateway.testkit.aws.InMemoryElbv2#describe}
 * what exists.
 */
package io.elbgateway.testkit.aws;
