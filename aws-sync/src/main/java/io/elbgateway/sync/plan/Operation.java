/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

/**
 * What a {@link Change} does: one AWS API operation (two for {@link #UPDATE_TAGS}), on one kind of
 * resource, creating, modifying or deleting it.
 */
public enum Operation {
  DELETE_LOAD_BALANCER('-', "load balancer", "DeleteLoadBalancer"),
  CREATE_LOAD_BALANCER('+', "load balancer", "CreateLoadBalancer"),
  SET_SUBNETS('~', "load balancer subnets", "SetSubnets"),
  SET_SECURITY_GROUPS('~', "load balancer security groups", "SetSecurityGroups"),
  SET_IP_ADDRESS_TYPE('~', "load balancer IP address type", "SetIpAddressType"),
  MODIFY_LOAD_BALANCER_ATTRIBUTES('~', "load balancer attributes", "ModifyLoadBalancerAttributes"),
  MODIFY_CAPACITY_RESERVATION('~', "load balancer capacity", "ModifyCapacityReservation"),
  CREATE_TARGET_GROUP('+', "target group", "CreateTargetGroup"),
  MODIFY_TARGET_GROUP('~', "target group health check", "ModifyTargetGroup"),
  MODIFY_TARGET_GROUP_ATTRIBUTES('~', "target group attributes", "ModifyTargetGroupAttributes"),
  REGISTER_TARGETS('+', "targets", "RegisterTargets"),
  DEREGISTER_TARGETS('-', "targets", "DeregisterTargets"),
  CREATE_LISTENER('+', "listener", "CreateListener"),
  MODIFY_LISTENER('~', "listener", "ModifyListener"),
  MODIFY_LISTENER_ATTRIBUTES('~', "listener attributes", "ModifyListenerAttributes"),
  ADD_LISTENER_CERTIFICATES('+', "listener certificates", "AddListenerCertificates"),
  REMOVE_LISTENER_CERTIFICATES('-', "listener certificates", "RemoveListenerCertificates"),
  SET_RULE_PRIORITIES('~', "rule priorities", "SetRulePriorities"),
  MODIFY_RULE('~', "rule", "ModifyRule"),
  CREATE_RULE('+', "rule", "CreateRule"),
  DELETE_RULE('-', "rule", "DeleteRule"),
  DELETE_LISTENER('-', "listener", "DeleteListener"),
  DELETE_TARGET_GROUP('-', "target group", "DeleteTargetGroup"),
  ASSOCIATE_WEB_ACL('+', "web ACL association", "AssociateWebACL"),
  DISASSOCIATE_WEB_ACL('-', "web ACL association", "DisassociateWebACL"),
  CREATE_PROTECTION('+', "Shield protection", "CreateProtection"),
  DELETE_PROTECTION('-', "Shield protection", "DeleteProtection"),
  UPDATE_TAGS('~', "tags", "AddTags/RemoveTags");

  private final char symbol;
  private final String resource;
  private final String apiName;

  Operation(char symbol, String resource, String apiName) {
    this.symbol = symbol;
    this.resource = resource;
    this.apiName = apiName;
  }

  /** {@code +} creates, {@code ~} modifies, {@code -} deletes. */
  public char symbol() {
    return symbol;
  }

  /** The kind of resource, in words. */
  public String resource() {
    return resource;
  }

  /** The AWS API operation it calls. */
  public String apiName() {
    return apiName;
  }

  /** {@code create}, {@code modify} or {@code delete}. */
  public String verb() {
    return symbol == '+' ? "create" : symbol == '-' ? "delete" : "modify";
  }
}
