package org.safeguard.plugins.lancashire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;

/** Describes the Lancashire area and ships its default area definition. */
@Component(service = AreaProvider.class)
public final class LancashireArea implements AreaProvider {
    static final String ID = "lancashire";

    @Override
    public AreaDescriptor area() {
        return new AreaDescriptor(ID, "Pan-Lancashire", "lancashire.cse1", "lancashire.ethnicity",
                "lancashire.safeguard-signs", "lancashire.cse2");
    }

    @Override
    public Optional<String> defaultDefinition() {
        try (InputStream in = LancashireArea.class.getResourceAsStream("/area/lancashire.area")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lancashire default definition", e);
        }
    }
}
