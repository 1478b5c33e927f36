package org.safeguard.core.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.instrument.Band;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.SupplementaryQuestion;

/** An instrument as JSON, so the exact version used can be kept beside the assessments. */
public final class InstrumentCodec {
    private InstrumentCodec() {
    }

    public static String encode(Instrument in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", in.id());
        m.put("version", in.version());
        m.put("title", in.title());
        m.put("source", in.source());
        List<Object> factors = new ArrayList<>();
        for (Factor f : in.factors()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("number", f.number());
            fm.put("id", f.id());
            fm.put("title", f.title());
            fm.put("weight", f.weight());
            fm.put("sourceNote", f.sourceNote());
            List<Object> options = new ArrayList<>();
            for (FactorOption o : f.options()) {
                options.add(ordered("score", o.score(), "descriptor", o.descriptor(), "guidance", o.guidance()));
            }
            fm.put("options", options);
            factors.add(fm);
        }
        m.put("factors", factors);
        List<Object> supplementary = new ArrayList<>();
        for (SupplementaryQuestion q : in.supplementary()) {
            supplementary.add(ordered("id", q.id(), "text", q.text(), "weight", q.weight()));
        }
        m.put("supplementary", supplementary);
        List<Object> bands = new ArrayList<>();
        for (Band b : in.bands()) {
            bands.add(ordered("min", b.min(), "max", b.max(), "band", b.band(), "level", b.level()));
        }
        m.put("bands", bands);
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    public static Instrument decode(String json) {
        Map<String, Object> m = Json.map(json);
        Instrument.Builder b = Instrument.builder((String) m.get("id"), (String) m.get("version"))
                .title((String) m.get("title")).source((String) m.get("source"));
        for (Object fo : (List<Object>) m.get("factors")) {
            Map<String, Object> f = (Map<String, Object>) fo;
            List<FactorOption> options = new ArrayList<>();
            for (Object oo : (List<Object>) f.get("options")) {
                Map<String, Object> o = (Map<String, Object>) oo;
                options.add(new FactorOption(num(o.get("score")), (String) o.get("descriptor"), (String) o.get("guidance")));
            }
            b.factor(new Factor(num(f.get("number")), (String) f.get("id"), (String) f.get("title"), options,
                    num(f.get("weight")), (String) f.get("sourceNote")));
        }
        for (Object qo : (List<Object>) m.get("supplementary")) {
            Map<String, Object> q = (Map<String, Object>) qo;
            b.supplementary(new SupplementaryQuestion((String) q.get("id"), (String) q.get("text"), num(q.get("weight"))));
        }
        for (Object bo : (List<Object>) m.get("bands")) {
            Map<String, Object> band = (Map<String, Object>) bo;
            b.band(num(band.get("min")), num(band.get("max")), (String) band.get("band"), (String) band.get("level"));
        }
        return b.build();
    }

    public static String fingerprint(String definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(definition.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
