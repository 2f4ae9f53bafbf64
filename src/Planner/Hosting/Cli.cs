using Planner.Access;
using Planner.Data;
using Planner.Demo;

namespace Planner.Hosting;

/// <summary>
/// The command line. With no verb, or <c>serve</c>, runs the service; the other verbs share
/// its configuration (the same <c>--Planner:X=…</c>, environment variables and appsettings.json)
/// and its database, and write their result, and nothing else, to standard output.
/// </summary>
public static class Cli
{
    /// <summary>Verbs and the options each takes; every other <c>--option</c> is configuration.</summary>
    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["serve"] = new([], (_, _, _) => Task.FromResult(0)),
        ["token create"] = new(["name", "role"], TokenCreateAsync),
        ["user create"] = new(["name", "role"], UserCommand.CreateAsync),
        ["seed demo"] = new([], SeedDemoAsync),
        ["print agenda"] = new(["event", "lang", "out"], (s, o, w) => Documents.PrintCommand.RunAsync(s, o, Documents.DocumentKind.Agenda)),
        ["print participants"] = new(["event", "lang", "out"], (s, o, w) => Documents.PrintCommand.RunAsync(s, o, Documents.DocumentKind.Participants)),
        ["print outcome"] = new(["event", "lang", "out"], (s, o, w) => Documents.PrintCommand.RunAsync(s, o, Documents.DocumentKind.Outcome)),
        ["print report"] = new(["event", "lang", "out"],
            (s, o, w) => Documents.PrintCommand.RunAsync(o, (id, lang) => s.GetRequiredService<Exercises.ReportService>().RenderAsync(id, lang))),
        ["mail dispatch"] = new([], Invitations.MailWork.DispatchVerbAsync),
    };

    /// <summary>A verb: the options it reads, and what it does with the built host.</summary>
    private sealed record Verb(string[] Options, Func<IServiceProvider, IReadOnlyDictionary<string, string>, TextWriter, Task<int>> Run);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        CommandLine line;
        try
        {
            line = CommandLine.Parse(args, Verbs.ToDictionary(v => v.Key, v => v.Value.Options));
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(Usage());
            return 2;
        }

        if (line.Verb is "" or "serve")
        {
            var app = PlannerHost.Build(line.ConfigurationArgs, cli: false);
            if (!await StorageReadyAsync(app.Services))
                return StorageUnusable;
            if (await MailProblemAsync(app.Services))
                return Misconfigured;
            await app.RunAsync();
            return 0;
        }

        // Logs go to standard error so that standard output carries only the result.
        await using var host = PlannerHost.Build(line.ConfigurationArgs, cli: true);
        if (!await StorageReadyAsync(host.Services))
            return StorageUnusable;
        if (line.Verb == "mail dispatch" && await MailProblemAsync(host.Services))
            return Misconfigured;
        host.Services.GetRequiredService<Migrator>().Upgrade();
        try
        {
            return await Verbs[line.Verb].Run(host.Services, line.Options, Console.Out);
        }
        catch (PlannerException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            foreach (var (field, messages) in e.Errors)
                await Console.Error.WriteLineAsync($"  {field}: {string.Join(" ", messages)}");
            return 1;
        }
    }

    /// <summary>The exit code when the data directory cannot be written (sysexits' EX_CANTCREAT).</summary>
    public const int StorageUnusable = 73;

    /// <summary>The exit code when the settings cannot work together (sysexits' EX_CONFIG).</summary>
    public const int Misconfigured = 78;

    /// <summary>True, after saying why in one line on standard error, when mail could not be sent as configured.</summary>
    private static async Task<bool> MailProblemAsync(IServiceProvider services)
    {
        var problem = Invitations.SmtpOptions.ClusterProblem(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlannerOptions>>().Value,
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Invitations.SmtpOptions>>().Value);
        if (problem is not null)
            await Console.Error.WriteLineAsync(problem);
        return problem is not null;
    }

    /// <summary>Prepares the data directory; when it cannot be written, says so in one line on standard error.</summary>
    private static async Task<bool> StorageReadyAsync(IServiceProvider services)
    {
        try
        {
            Storage.Prepare(services);
            return true;
        }
        catch (StorageException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return false;
        }
    }

    private static string Usage() =>
        "Usage: planner [serve | " + string.Join(" | ", Verbs.Where(v => v.Key != "serve")
            .Select(v => v.Key + string.Concat(v.Value.Options.Select(o => $" --{o} …")))) + "] [--Planner:Setting=value …]";

    private static async Task<int> TokenCreateAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        var check = new Http.Check();
        var name = check.Text("name", options.GetValueOrDefault("name"), required: true, maxLength: 100);
        var role = TokenStore.TryParseRole(options.GetValueOrDefault("role"));
        check.That(role is not null, "role", "--role is one of admin, planner, viewer, controller.");
        check.ThrowIfFailed();
        var token = await services.GetRequiredService<TokenStore>().CreateAsync(name, role!.Value);
        await output.WriteLineAsync(token.Token);
        return 0;
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        var added = await services.GetRequiredService<DemoData>().LoadAsync();
        await Console.Error.WriteLineAsync($"Demo data loaded: {added} records added.");
        return 0;
    }
}

/// <summary>
/// A command line split into the verb (its leading words), the verb's own options, and the
/// arguments left for .NET configuration (<c>--Planner:DataDirectory=/srv</c>, <c>--urls …</c>), in any order.
/// </summary>
internal sealed record CommandLine(string Verb, IReadOnlyDictionary<string, string> Options, string[] ConfigurationArgs)
{
    public static CommandLine Parse(string[] args, IReadOnlyDictionary<string, string[]> verbs)
    {
        var words = new List<string>();
        var pairs = new List<(string Key, string? Value, string[] Raw)>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                words.Add(arg);
                continue;
            }

            var key = arg.TrimStart('-', '/');
            var eq = key.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                pairs.Add((key[..eq], key[(eq + 1)..], [arg]));
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                pairs.Add((key, args[i + 1], [arg, args[i + 1]]));
                i++;
            }
            else
            {
                pairs.Add((key, null, [arg]));
            }
        }

        var verb = string.Join(' ', words);
        if (verb.Length > 0 && !verbs.ContainsKey(verb))
            throw new ArgumentException($"Unknown command '{verb}'.");
        var own = verb.Length > 0 ? verbs[verb] : [];

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var configuration = new List<string>();
        foreach (var (key, value, raw) in pairs)
        {
            if (own.Contains(key, StringComparer.OrdinalIgnoreCase))
                options[key] = value ?? throw new ArgumentException($"--{key} needs a value.");
            else
                configuration.AddRange(raw);
        }

        return new CommandLine(verb, options, configuration.ToArray());
    }
}
