using System.Globalization;
using Planner.Http;

namespace Planner.Documents;

/// <summary>
/// <c>planner print agenda|participants|outcome --event ID --lang ru --out FILE</c>: writes the PDF to FILE
/// (or to standard output when FILE is <c>-</c>) and says on standard error how many bytes were written.
/// </summary>
public static class PrintCommand
{
    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, DocumentKind kind) =>
        RunAsync(options, (eventId, language) => services.GetRequiredService<DocumentService>().RenderAsync(eventId, kind, language ?? "en"));

    /// <summary>
    /// Checks <c>--event</c> and <c>--out</c>, prints the event's document with <paramref name="render"/> (given the event and
    /// <c>--lang</c>, null when absent) and writes it; also for documents of other capabilities (<c>print report</c>).
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, Func<long, string?, Task<byte[]>> render)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(render);
        var check = new Check();
        var eventText = options.GetValueOrDefault("event");
        check.That(long.TryParse(eventText, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId) && eventId > 0,
            "event", "--event is the id of the event (a positive number).");
        var output = check.Text("out", options.GetValueOrDefault("out"), required: true, maxLength: 4000);
        check.ThrowIfFailed();
        var pdf = await render(eventId, options.GetValueOrDefault("lang"));
        if (output == "-")
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(pdf);
        }
        else
        {
            await File.WriteAllBytesAsync(output, pdf);
        }

        await Console.Error.WriteLineAsync($"Wrote {pdf.Length:N0} bytes to {output}.");
        return 0;
    }
}
