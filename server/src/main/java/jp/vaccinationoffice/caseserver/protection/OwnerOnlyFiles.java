package jp.vaccinationoffice.caseserver.protection;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and folders created readable by their owner only, from the first byte (POSIX systems). */
final class OwnerOnlyFiles {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnlyFiles() {}

  static void createDirectories(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    if (POSIX) {
      Files.createDirectories(directory, attribute("rwx------"));
    } else {
      Files.createDirectories(directory);
    }
  }

  static void createFile(Path file) throws IOException {
    if (POSIX) {
      Files.createFile(file, attribute("rw-------"));
    } else {
      Files.createFile(file);
    }
  }

  /** Opens a file for writing, creating it owner-only when it does not exist. */
  static FileChannel openForWriting(Path file) throws IOException {
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return POSIX ? FileChannel.open(file, options, attribute("rw-------")) : FileChannel.open(file, options);
  }

  private static FileAttribute<?> attribute(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }
}
