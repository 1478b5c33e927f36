package org.safeguard.core.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.Condition;
import org.safeguard.core.api.checklist.Question;
import org.safeguard.core.api.checklist.Route;
import org.safeguard.core.api.checklist.Rule;

/** A checklist as JSON, so the exact version a screening used is kept beside it (as {@link InstrumentCodec} keeps instruments). */
public final class ChecklistCodec {
    private ChecklistCodec() {
    }

    public static String encode(Checklist c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("version", c.version());
        m.put("title", c.title());
        m.put("source", c.source());
        List<Object> questions = new ArrayList<>();
        for (Question q : c.questions()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("id", q.id());
            qm.put("text", q.text());
            qm.put("source", q.source());
            if (q.number()) {
                qm.put("min", q.min());
                qm.put("max", q.max());
            }
            if (q.childAge()) {
                qm.put("childAge", true);
            }
            if (q.codeSet()) {
                qm.put("codes", q.codes());
            }
            questions.add(qm);
        }
        m.put("questions", questions);
        List<Object> routes = new ArrayList<>();
        for (Route r : c.routes()) {
            routes.add(Map.of("id", r.id(), "title", r.title()));
        }
        m.put("routes", routes);
        List<Object> rules = new ArrayList<>();
        for (Rule r : c.rules()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", r.id());
            rm.put("source", r.source());
            rm.put("when", condition(r.when()));
            rm.put("proposes", r.proposes());
            rules.add(rm);
        }
        m.put("rules", rules);
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    public static Checklist decode(String json) {
        Map<String, Object> m = Json.map(json);
        Checklist.Builder b = Checklist.builder((String) m.get("id"), (String) m.get("version"))
                .title((String) m.get("title")).source((String) m.get("source"));
        for (Object o : (List<Object>) m.get("questions")) {
            Map<String, Object> q = (Map<String, Object>) o;
            if (Boolean.TRUE.equals(q.get("childAge"))) {
                b.childAge((String) q.get("id"), (String) q.get("text"), num(q.get("min")), num(q.get("max")), (String) q.get("source"));
            } else if (q.containsKey("codes")) {
                b.codes((String) q.get("id"), (String) q.get("text"), ((List<Object>) q.get("codes")).stream().map(String::valueOf).toList(),
                        (String) q.get("source"));
            } else if (q.containsKey("min")) {
                b.number((String) q.get("id"), (String) q.get("text"), num(q.get("min")), num(q.get("max")), (String) q.get("source"));
            } else {
                b.question((String) q.get("id"), (String) q.get("text"), (String) q.get("source"));
            }
        }
        for (Object o : (List<Object>) m.get("routes")) {
            Map<String, Object> r = (Map<String, Object>) o;
            b.route((String) r.get("id"), (String) r.get("title"));
        }
        for (Object o : (List<Object>) m.get("rules")) {
            Map<String, Object> r = (Map<String, Object>) o;
            b.rule((String) r.get("id"), (String) r.get("source"), condition((Map<String, Object>) r.get("when")),
                    ((List<Object>) r.get("proposes")).stream().map(String::valueOf).toArray(String[]::new));
        }
        return b.build();
    }

    private static Map<String, Object> condition(Condition c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c instanceof Condition.AnyYes x) {
            m.put("anyYes", x.questions());
        } else if (c instanceof Condition.AllNo x) {
            m.put("allNo", x.questions());
        } else if (c instanceof Condition.Below x) {
            m.put("below", List.of(x.number(), x.value()));
        } else if (c instanceof Condition.AtLeast x) {
            m.put("atLeast", List.of(x.number(), x.value()));
        } else if (c instanceof Condition.All x) {
            m.put("all", x.conditions().stream().map(ChecklistCodec::condition).toList());
        } else if (c instanceof Condition.Any x) {
            m.put("any", x.conditions().stream().map(ChecklistCodec::condition).toList());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Condition condition(Map<String, Object> m) {
        Map.Entry<String, Object> e = m.entrySet().iterator().next();
        List<Object> args = (List<Object>) e.getValue();
        return switch (e.getKey()) {
            case "anyYes" -> Condition.anyYes(args.stream().map(String::valueOf).toList());
            case "allNo" -> Condition.allNo(args.stream().map(String::valueOf).toList());
            case "below" -> Condition.below((String) args.get(0), num(args.get(1)));
            case "atLeast" -> Condition.atLeast((String) args.get(0), num(args.get(1)));
            case "all" -> Condition.all(args.stream().map(a -> condition((Map<String, Object>) a)).toArray(Condition[]::new));
            case "any" -> Condition.any(args.stream().map(a -> condition((Map<String, Object>) a)).toArray(Condition[]::new));
            default -> throw new IllegalStateException("a stored checklist condition of an unknown kind: " + e.getKey());
        };
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
