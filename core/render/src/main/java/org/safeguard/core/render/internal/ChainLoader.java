package org.safeguard.core.render.internal;

import java.io.Reader;
import java.io.StringReader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * The engine's only resource loader: every template, the macro library and every
 * {@code #parse} go through the {@link TemplateChain}. A cached template is reloaded when the
 * source that wins for its name changes (a home override added or edited, a plugin updated).
 */
final class ChainLoader extends ResourceLoader {
    private final TemplateChain chain;

    ChainLoader(TemplateChain chain) {
        this.chain = chain;
    }

    @Override
    public void init(ExtProperties configuration) {
        // configured by its constructor
    }

    @Override
    public Reader getResourceReader(String file, String encoding) {
        return chain.resolve(file).map(s -> (Reader) new StringReader(s.text()))
                .orElseThrow(() -> new ResourceNotFoundException("no template '" + file + "' in the home, the plugins or the shared templates"));
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return getLastModified(resource) != resource.getLastModified();
    }

    @Override
    public long getLastModified(Resource resource) {
        return chain.resolve(resource.getName()).map(TemplateChain.Source::stamp).orElse(0L);
    }

    @Override
    public boolean resourceExists(String file) {
        return chain.resolve(file).isPresent();
    }
}
