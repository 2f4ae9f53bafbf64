using Microsoft.Extensions.Options;

namespace Planner.Hosting;

/// <summary>The data directory cannot be used; <see cref="Exception.Message"/> is one line naming the folder and the reason.</summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Prepares the data directory before anything opens the database: checks that it can be written (so that a
/// read-only or full disk stops the service at once with one clear line, not later inside the job store), and makes
/// what holds secrets readable by its owner only — the folder, <c>planner.db</c> and its journal files (SQLite gives
/// a journal the mode of its database), and the sign-in keys.
/// </summary>
public static class Storage
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The files next to the database that SQLite creates.</summary>
    private static readonly string[] JournalSuffixes = ["-journal", "-wal", "-shm"];

    /// <summary>Checks and prepares the data directory of <paramref name="options"/>.</summary>
    /// <exception cref="StorageException">The folder cannot be created or written.</exception>
    public static void Prepare(PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.GetFullPath(options.DataDirectory);
        try
        {
            if (!Directory.Exists(folder))
                CreateFolder(folder);
            Probe(folder);
            var database = options.DatabasePath;
            if (options.UsesSqliteFile && !File.Exists(database))
            {
                // An empty file is a new database to SQLite; creating it here gives it the owner-only mode.
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                    create.UnixCreateMode = OwnerFile;
                using (new FileStream(database, create))
                {
                }
            }

            if (OperatingSystem.IsWindows())
                return;
            File.SetUnixFileMode(folder, OwnerFolder);
            foreach (var file in JournalSuffixes.Select(s => database + s).Prepend(database).Where(File.Exists))
                File.SetUnixFileMode(file, OwnerFile);
            var keys = Path.Combine(folder, "keys");
            if (!Directory.Exists(keys))
                CreateFolder(keys);
            File.SetUnixFileMode(keys, OwnerFolder);
            foreach (var key in Directory.EnumerateFiles(keys))
                File.SetUnixFileMode(key, OwnerFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"planner: cannot write to the data directory {folder}: {Reason(e)}", e);
        }
    }

    /// <summary>Prepares the data directory of the service's configuration.</summary>
    public static void Prepare(IServiceProvider services) =>
        Prepare(services.GetRequiredService<IOptions<PlannerOptions>>().Value);

    private static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, OwnerFolder);
    }

    /// <summary>Writes, flushes and removes a small file: what fails here would fail the first change.</summary>
    private static void Probe(string folder)
    {
        var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}");
        try
        {
            using var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough);
            stream.Write(new byte[4096]);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            if (File.Exists(probe))
                File.Delete(probe);
        }
    }

    /// <summary>The reason in words, without the path .NET repeats in its messages.</summary>
    private static string Reason(Exception e) => (e.HResult & 0xFFFF) switch
    {
        28 or 122 => "the disk is full",
        30 => "the file system is read-only",
        13 or 1 => "permission denied",
        5 => "input/output error",
        _ when e is UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
