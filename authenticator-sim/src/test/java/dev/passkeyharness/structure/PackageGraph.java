package dev.passkeyharness.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which sub-packages of one base package use which others, read from compiled classes: package name (the part after
 * the base) to the names of the packages its classes refer to. Classes of the base package itself are not read.
 */
public record PackageGraph(Map<String, Set<String>> edges) {

    /** The node of the base package's own classes in a {@link #withBaseClassesOf} graph. */
    public static final String BASE_CLASSES = ".";

    public PackageGraph {
        Map<String, Set<String>> copy = new TreeMap<>();
        edges.forEach((from, to) -> copy.put(from, Collections.unmodifiableSortedSet(new TreeSet<>(to))));
        edges = Collections.unmodifiableMap(copy);
    }

    /** The graph of the class path root (a module's compiled classes) that holds {@code member}. */
    public static PackageGraph ofClassesOf(Class<?> member, String base) {
        try {
            return read(Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI()), base);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path root for " + member.getName(), e);
        }
    }

    /**
     * As {@link #ofClassesOf}, with the classes of {@code base} itself as one more package, {@link #BASE_CLASSES}: to
     * see that sub-packages do not use the package above them.
     */
    public static PackageGraph withBaseClassesOf(Class<?> member, String base) {
        try {
            return read(Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI()), base, true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path root for " + member.getName(), e);
        }
    }

    /** The graph of the classes under {@code classes} (a class path root) in sub-packages of {@code base}. */
    public static PackageGraph read(Path classes, String base) {
        return read(classes, base, false);
    }

    private static PackageGraph read(Path classes, String base, boolean withBase) {
        String prefix = base.replace('.', '/') + "/";
        // group 1: a sub-package; group 2 (only withBase): a class of base itself
        Pattern reference = Pattern.compile(Pattern.quote(prefix)
                + (withBase ? "(?:([a-z0-9_]+)/|([A-Z][A-Za-z0-9_$]*))" : "([a-z0-9_]+)/"));
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve(prefix))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String own = classes.relativize(file).toString().replace('\\', '/');
                Matcher ownPackage = reference.matcher(own);
                if (!ownPackage.lookingAt()) {
                    continue; // a class of the base package itself
                }
                String from = node(ownPackage);
                Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(file)) {
                    for (String text : ConstantPool.texts(in)) {
                        Matcher m = reference.matcher(text);
                        while (m.find()) {
                            if (!node(m).equals(from)) {
                                to.add(node(m));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes under " + classes, e);
        }
        return new PackageGraph(edges);
    }

    private static String node(Matcher m) {
        return m.group(1) != null ? m.group(1) : BASE_CLASSES;
    }

    public Set<String> dependencies(String pkg) {
        return edges.getOrDefault(pkg, Set.of());
    }

    /** A cycle as the packages along it, the first repeated at the end (e.g. [a, b, a]); empty when there is none. */
    public Optional<List<String>> cycle() {
        Set<String> done = new TreeSet<>();
        for (String start : edges.keySet()) {
            Optional<List<String>> found = cycleFrom(start, new ArrayList<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> cycleFrom(String pkg, List<String> path, Set<String> done) {
        int seen = path.indexOf(pkg);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(pkg);
            return Optional.of(cycle);
        }
        if (done.contains(pkg)) {
            return Optional.empty();
        }
        path.add(pkg);
        for (String next : dependencies(pkg)) {
            Optional<List<String>> found = cycleFrom(next, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(pkg);
        return Optional.empty();
    }
}
