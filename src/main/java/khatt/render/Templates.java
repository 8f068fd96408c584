package khatt.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import khatt.diag.Diagnostic;

/**
 * The site's Freemarker templates, parsed once per build and shared by all rendering threads.
 * A template in the site's {@code templates/} folder overrides the built-in one of the same name.
 */
public final class Templates {

    /** Where the built-in templates and assets live on the class path. */
    public static final String BUILT_IN = "/khatt/templates";

    /** A template that failed to parse or render, placed at its file and line. */
    public static final class TemplateFailure extends Exception {
        private final transient Diagnostic diagnostic;

        TemplateFailure(Diagnostic diagnostic) {
            super(diagnostic.format());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private final Configuration configuration;
    private final Path dir;

    public Templates(Path dir) throws IOException {
        this.dir = dir;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            loaders.add(new FileTemplateLoader(dir.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Templates.class, BUILT_IN));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // parsed once per build
        // A template override is not trusted code: no ?new (which can run commands), no ?api.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        try {
            configuration.setSharedVariable("csp", ContentSecurityPolicy.POLICY);
            configuration.setSharedVariable("inlineScript", ContentSecurityPolicy.INLINE_SCRIPT);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("strings always wrap", e);
        }
    }

    /** Parses every named template now, so a syntax error stops the build before anything renders. */
    public List<Diagnostic> check(List<String> names) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (ParseException e) {
                problems.add(Diagnostic.error(pathOf(e.getTemplateName() != null ? e.getTemplateName() : name), e.getLineNumber(),
                        "template syntax: " + firstLine(e.getEditorMessage()), "see the Freemarker manual").at(e.getLineNumber(), e.getColumnNumber()));
            } catch (IOException e) {
                problems.add(Diagnostic.error(pathOf(name), 0, "cannot read template: " + e.getMessage(), ""));
            }
        }
        return problems;
    }

    /** Renders {@code name} with {@code model}; {@code what} names the page for error messages. */
    public String render(String name, Object model, String what) throws TemplateFailure {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, out);
        } catch (TemplateException e) {
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            throw new TemplateFailure(Diagnostic.error(pathOf(source), line,
                    "while rendering " + what + ": " + firstLine(e.getMessageWithoutStackTop()), "fix the template or the value it reads")
                    .at(line, Math.max(column, 1)));
        } catch (IOException e) {
            throw new TemplateFailure(Diagnostic.error(pathOf(name), 0, "cannot read template: " + e.getMessage(), ""));
        }
        return out.toString();
    }

    private Path pathOf(String templateName) {
        if (dir != null && Files.exists(dir.resolve(templateName))) {
            return dir.resolve(templateName);
        }
        return Path.of("(built-in templates)", templateName);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
