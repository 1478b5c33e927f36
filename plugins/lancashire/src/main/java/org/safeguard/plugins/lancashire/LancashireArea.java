package org.safeguard.plugins.lancashire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;

/** Describes the Lancashire area and ships its default area definition and demonstration set. */
@Component(service = AreaProvider.class)
public final class LancashireArea implements AreaProvider {
    static final String ID = "lancashire";

    @Override
    public AreaDescriptor area() {
        // cases are numbered as the CSE 1/CSE 2/CSE 3 paperwork refers to them
        return new AreaDescriptor(ID, "Pan-Lancashire", "lancashire.cse1", "lancashire.ethnicity",
                "lancashire.safeguard-signs", "lancashire.cse2", "CSE-%05d");
    }

    @Override
    public Optional<String> defaultDefinition() {
        return resource("/area/lancashire.area");
    }

    @Override
    public Optional<String> demonstration() {
        return resource("/area/demonstration.json");
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = LancashireArea.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lancashire plugin's " + path, e);
        }
    }
}
