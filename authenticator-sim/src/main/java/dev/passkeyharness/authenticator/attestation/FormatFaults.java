package dev.passkeyharness.authenticator.attestation;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The format faults of one attestation, in the order the tamperings named them. */
public record FormatFaults(List<FormatFault> faults) {

    public static final FormatFaults NONE = new FormatFaults(List.of());

    public FormatFaults {
        faults = List.copyOf(faults);
    }

    public static FormatFaults of(FormatFault... faults) {
        return new FormatFaults(List.of(faults));
    }

    public boolean contains(FormatFault fault) {
        return faults.contains(fault);
    }

    /** {@code value} after the edit of every fault of {@code kind}, in order; unchanged when there is none. */
    public <F extends FormatFault, T> T apply(Class<F> kind, Function<F, UnaryOperator<T>> edit, T value) {
        T out = value;
        for (FormatFault fault : faults) {
            if (kind.isInstance(fault)) {
                out = edit.apply(kind.cast(fault)).apply(out);
            }
        }
        return out;
    }
}
