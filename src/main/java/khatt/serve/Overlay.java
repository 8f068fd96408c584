package khatt.serve;

import java.util.List;
import khatt.diag.Diagnostic;

/** The box {@code serve} shows over its pages while the content has errors. */
final class Overlay {

    private Overlay() {}

    static String html(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div id=\"khatt-errors\" dir=\"ltr\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                .append("overflow:auto;background:rgba(32,8,8,.94);color:#fff;padding:2rem;text-align:left;")
                .append("font:15px/1.6 ui-monospace,monospace\">")
                .append("<p style=\"font-size:1.2em;margin:0 0 1em\">khatt: ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors")
                .append(" in the content. The last good pages are shown below this box; fix the files and save.</p>");
        for (Diagnostic error : errors) {
            html.append("<p style=\"margin:0 0 1em;unicode-bidi:plaintext\"><span style=\"color:#ff8a80\">")
                    .append(escape(error.format())).append("</span>");
            if (!error.hint().isEmpty()) {
                html.append("<br><span style=\"color:#ccc\">hint: ").append(escape(error.hint())).append("</span>");
            }
            html.append("</p>");
        }
        return html.append("</div>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
