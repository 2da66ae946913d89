package nl.schakel.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.schakel.shared.SecurityHeaders;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, for a request it refuses before Spring sees it (a NUL or bytes that are not UTF-8 in the
 * path: found by {@code BadInputFuzzIT}, ADR-0041): problem+json under {@code /api/}, a plain Dutch page elsewhere,
 * instead of Tomcat's English HTML page. Installed as the Host's error report valve; an error the app answers has its
 * content written already and is left alone.
 */
@Component
class ConnectorErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** The valve; public with a constructor without arguments, as Tomcat creates it by its name. */
    public static class Valve extends ErrorReportValve {

        private static final ResourceBundle DUTCH = ResourceBundle.getBundle(
                "messages.messages",
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus resolved = HttpStatus.resolve(status);
            String kind = ErrorPageController.kind(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved);
            String title = DUTCH.getString("fout." + kind + ".titel");
            String text = DUTCH.getString("fout." + kind + ".tekst");
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                SecurityHeaders.outsideTheChain(!api).forEach(response::setHeader);
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                if (api) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                            + ",\"detail\":\"" + json(text) + "\"}");
                } else {
                    writer.write("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                            + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">"
                            + DUTCH.getString("fout.naarhome") + "</a></p></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already started: nothing more to say
            }
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
