import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (process-classes, see pom.xml): compiles every stylesheet under the given folder to
 * JavaFX's binary form, next to it ({@code app.css} -> {@code app.bss}). The CSS engine loads the
 * {@code .bss} of a stylesheet named {@code .css} when there is one, which spares the app parsing
 * CSS text on its way to the first frame. Run as a single-file program:
 * {@code java -cp <javafx jars> src/build/CompileStylesheets.java target/classes}.
 */
public final class CompileStylesheets {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompileStylesheets <classes folder>");
            System.exit(2);
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
        System.out.println("compiled " + sheets.size() + " stylesheets to binary form in " + args[0]);
    }
}
