package org.hisops.demo.internal;

import java.lang.reflect.Proxy;
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.log.Logger;

/** A {@link Logger} that keeps every line written to it, so tests can read what the demo logs. */
final class RecordingLogger {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(),
            new Class<?>[] { Logger.class }, (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("is")) {
                    return Boolean.TRUE;
                }
                if (name.equals("getName")) {
                    return "test";
                }
                if (args != null && args.length > 0 && args[0] instanceof String format) {
                    // info(String, Object), info(String, Object, Object) and info(String, Object...) all arrive here.
                    Object[] arguments = args.length == 2 && args[1] instanceof Object[] a ? a
                            : java.util.Arrays.copyOfRange(args, 1, args.length);
                    String line = name.toUpperCase() + " " + fill(format, arguments);
                    lines.add(line);
                    System.out.println("[demo] " + line);
                }
                return null;
            });

    Logger logger() {
        return logger;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The OSGi logger's {} placeholders, filled in order. */
    private static String fill(String format, Object[] arguments) {
        StringBuilder out = new StringBuilder();
        int argument = 0;
        int from = 0;
        for (int at = format.indexOf("{}"); at >= 0; at = format.indexOf("{}", from)) {
            out.append(format, from, at).append(argument < arguments.length ? arguments[argument++] : "{}");
            from = at + 2;
        }
        return MessageFormat.format("{0}", out.append(format.substring(from)));
    }
}
