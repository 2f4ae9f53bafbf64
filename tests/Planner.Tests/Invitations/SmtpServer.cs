using System.Diagnostics;
using MimeKit;

namespace Planner.Tests.Invitations;

/// <summary>
/// A real SMTP server (aiosmtpd, started with <c>smtp_server.py</c>) on 127.0.0.1 and a port the OS chose,
/// keeping each accepted message as an .eml file in a temporary folder. It can be stopped and started
/// again on the same port, refuse recipients named <c>reject…</c> with 550, and refuse all with 451 when busy.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;

    private SmtpServer(string folder) => Folder = folder;

    public string Folder { get; }

    public int Port { get; private set; }

    public static async Task<SmtpServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = new SmtpServer(folder);
        await server.StartProcessAsync(0);
        return server;
    }

    /// <summary>While true, every message is refused with 451 (try again later).</summary>
    public bool Busy
    {
        set => Flag(".busy", value);
    }

    /// <summary>While true, the sender of every message is refused with 550 (relaying not allowed).</summary>
    public bool Closed
    {
        set => Flag(".closed", value);
    }

    /// <summary>Seconds the server waits, after keeping a message, before its final reply; 0 answers at once.</summary>
    public double SlowSeconds
    {
        set
        {
            Flag(".slow", value > 0);
            if (value > 0)
                File.WriteAllText(Path.Combine(Folder, ".slow"), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Flag(string name, bool value)
    {
        var flag = Path.Combine(Folder, name);
        if (value)
            File.WriteAllText(flag, "");
        else
            File.Delete(flag);
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port, keeping the messages received so far.</summary>
    public Task RestartAsync() => StartProcessAsync(Port);

    /// <summary>The messages received, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();

    /// <summary>The messages received so far while more arrive: a message still being written is left for the next look.</summary>
    public IReadOnlyList<MimeMessage> ArrivedSoFar()
    {
        var arrived = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(Folder, "*.eml"))
        {
            try
            {
                arrived.Add(MimeMessage.Load(file));
            }
            catch (IOException)
            {
            }
        }

        return arrived;
    }

    private async Task StartProcessAsync(int port)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var script = Path.Combine(AppContext.BaseDirectory, "Invitations", "smtp_server.py");
        var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(Folder);
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + python);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("PORT ", StringComparison.Ordinal))
            throw new InvalidOperationException("The SMTP server did not start: " + await _process.StandardError.ReadToEndAsync(timeout.Token));
        Port = int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
