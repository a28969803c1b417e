package dev.framepipe.demo;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a drag and drop hands a {@code TransferHandler}: some data in one flavour, as a desktop offers it. */
final class Drops {
    private Drops() {
    }

    /**
     * Offers data in one flavour.
     *
     * @param flavor the flavour
     * @param data   the data, of the flavour's class
     * @return the transferable
     */
    static Transferable of(DataFlavor flavor, Object data) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {flavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor candidate) {
                return flavor.equals(candidate);
            }

            @Override
            public Object getTransferData(DataFlavor requested) {
                return data;
            }
        };
    }

    /**
     * Offers files as a Java file list, as a file manager on Windows or macOS does.
     *
     * @param files the files
     * @return the transferable
     */
    static Transferable files(Path... files) {
        List<File> list = Stream.of(files).map(Path::toFile).collect(Collectors.toList());
        return of(DataFlavor.javaFileListFlavor, list);
    }
}
