using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Planner.Tests.Support;

/// <summary>
/// A real <c>planner serve</c> process on 127.0.0.1 and a port chosen free, as an operator runs it; its output is
/// kept for the failure messages of the test. Disposing kills it if it still runs.
/// </summary>
public sealed class PlannerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PlannerProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts <c>planner serve</c> with <paramref name="arguments"/> and waits until <c>/health</c> answers.</summary>
    public static async Task<PlannerProcess> StartAsync(string name, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "planner.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var host = new PlannerProcess(name, Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), address);
        host._process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        await host.WaitHealthyAsync();
        return host;
    }

    /// <summary>A client of this host, not following redirects, with its own cookies.</summary>
    public HttpClient Client(bool cookies = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Ends the process at once with SIGKILL, as a power cut or the OOM killer would: nothing of it runs after.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private async Task WaitHealthyAsync()
    {
        using var client = Client();
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} did not answer /health within 90 s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
