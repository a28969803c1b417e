package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.util.concurrent.ExecutionException;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;

import dev.framepipe.player.MediaDiagnostics;

/**
 * Help ▸ Media Diagnostics: the library's media doctor report ({@link MediaDiagnostics}), with a Copy button for bug
 * reports. The report is gathered off the event dispatch thread (the first run reads GStreamer's registry), and the
 * dialog says so until it arrives. Event dispatch thread only.
 */
final class DiagnosticsDialog {
    private static final String TITLE = "Media Diagnostics";

    private DiagnosticsDialog() {
    }

    /**
     * Shows the dialog; it does not block the window.
     *
     * @param owner the main window
     */
    static void show(Window owner) {
        JDialog dialog = new JDialog(owner, TITLE, Dialog.ModalityType.MODELESS);
        dialog.setName("diagnosticsDialog");
        JTextArea report = new JTextArea("Examining this machine…", 30, 100);
        report.setName("diagnosticsReport");
        report.setEditable(false);
        report.setLineWrap(true);
        report.setWrapStyleWord(true);
        report.setFont(new Font(Font.MONOSPACED, Font.PLAIN, report.getFont().getSize()));
        JButton copy = new JButton("Copy");
        copy.setName("copyDiagnostics");
        copy.setEnabled(false);
        copy.addActionListener(event -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(report.getText()), null));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(copy);
        buttons.add(Dialogs.closeButtonRow(dialog, dialog::dispose));
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(new JScrollPane(report), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        new SwingWorker<MediaDiagnostics, Void>() {
            @Override
            protected MediaDiagnostics doInBackground() {
                return MediaDiagnostics.run();
            }

            @Override
            protected void done() {
                try {
                    report.setText(get().getReport());
                } catch (InterruptedException | ExecutionException e) {
                    report.setText("The diagnostics could not run: " + e);
                }
                report.setCaretPosition(0);
                copy.setEnabled(true);
            }
        }.execute();
        Dialogs.showCentred(dialog, owner);
    }
}
