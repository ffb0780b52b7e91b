package dev.portcullis.simulator.estate;

/**
 * A VM's JIT status as the product summarises it: NOT_APPLICABLE without any NSG, UNPROTECTED when
 * {@code vm_jit_enabled} fails, PARTIAL when the VM is in a policy but another JIT check fails
 * (covers, max duration, source restricted, bypassed), PROTECTED otherwise. NOT_SUPPORTED for Uniform
 * scale sets, which JIT cannot protect (its API takes only {@code Microsoft.Compute/virtualMachines} ids).
 */
public enum JitStatus {
    PROTECTED,
    PARTIAL,
    UNPROTECTED,
    NOT_APPLICABLE,
    NOT_SUPPORTED
}
