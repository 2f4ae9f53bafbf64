using Microsoft.Data.Sqlite;
using System.Diagnostics;

namespace Planner.Tests.Hosting;

/// <summary>
/// A real, small file system for storage faults: a tmpfs of a few megabytes mounted on a fresh folder (root only,
/// as <c>tests/run.sh</c> runs in CI), which a test fills up or remounts read-only. Unmounted on dispose.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    public static SmallDisk Mount(int megabytes = 16)
    {
        Assert.True(Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root",
            "Storage fault tests mount a small tmpfs and need root (tests/run.sh runs as root).");
        var folder = Path.Combine(Path.GetTempPath(), "planner-disk", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", folder);
        return new SmallDisk(folder);
    }

    /// <summary>Fills the file system to the last byte with a file of zeros.</summary>
    public void Fill()
    {
        using var filler = new FileStream(Path.Combine(Folder, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
                filler.Write(block);
        }
        catch (IOException)
        {
        }

        try
        {
            while (true)
                filler.Write(block, 0, 1);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Remounts the file system read-only (after closing idle database connections, which hold files open for writing).</summary>
    public void ReadOnly()
    {
        SqliteConnection.ClearAllPools();
        Run("mount", "-o", "remount,ro", Folder);
    }

    /// <summary>Remounts the file system read-write again.</summary>
    public void Writable() => Run("mount", "-o", "remount,rw", Folder);

    private static void Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)}: {error}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Run("umount", "-l", Folder);
        Directory.Delete(Folder);
    }
}
