using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Planner.Data;
using Planner.Parties;

namespace Planner.Invitations;

/// <summary>The values a mail template may use; every template gets all of them (some empty).</summary>
/// <param name="Organiser">The secretariat's name.</param>
/// <param name="Party">The recipient party's name in the message's language.</param>
/// <param name="Start">Local start at the venue, written out in the message's language.</param>
/// <param name="Zone">The venue's time zone and its offset then, e.g. <c>Asia/Almaty (UTC+06)</c>.</param>
/// <param name="Answer"><c>accepted</c> or <c>declined</c> for a confirmation; empty otherwise.</param>
/// <param name="Reminder"><c>unanswered</c> or <c>confirmed</c> for a reminder; empty otherwise.</param>
/// <param name="Delegates">The delegation, one line per person, head first.</param>
public sealed record MailModel(string Organiser, string Party, string Title, string Venue, string Start, string End, string Zone,
    string Deadline, int Quota, string RsvpUrl, string Answer, string Reminder, IReadOnlyList<string> Delegates);

/// <summary>A message rendered from its template: subject, HTML body and plain-text body.</summary>
public sealed record RenderedMail(string Subject, string Html, string Text);

/// <summary>
/// The mail templates: <c>templates/mail/&lt;kind&gt;.&lt;lang&gt;.liquid</c> (embedded in the assembly), one per
/// message kind and language, each with three parts introduced by <c>=== subject ===</c>, <c>=== html ===</c>
/// and <c>=== text ===</c>. Values are HTML-encoded in the HTML part. Variables are strict: a template that
/// names a value the model does not have fails — <see cref="Load(Func{string, string})"/> renders every template once, so a missing
/// template, part or variable stops the service at start rather than leaving a blank in a sent mail.
/// </summary>
public sealed partial class MailTemplates
{
    private static readonly string[] Parts = ["subject", "html", "text"];
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new() { StrictVariables = true, StrictFilters = true };

    private readonly Dictionary<(MailKind, string), IFluidTemplate[]> _templates;

    private MailTemplates(Dictionary<(MailKind, string), IFluidTemplate[]> templates) => _templates = templates;

    /// <summary>Loads and checks the templates embedded in the assembly.</summary>
    public static MailTemplates Load() => Load(name =>
    {
        using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream("templates/mail/" + name);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Loads and checks templates read by <paramref name="read"/> (file name to text, null when missing).</summary>
    /// <exception cref="InvalidOperationException">A template is missing, does not parse, or uses an unknown variable.</exception>
    public static MailTemplates Load(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var errors = new List<string>();
        var templates = new Dictionary<(MailKind, string), IFluidTemplate[]>();
        foreach (var kind in Enum.GetValues<MailKind>())
        {
            foreach (var language in Languages.All)
            {
                var name = $"{Enums.Name(kind)}.{language}.liquid";
                var text = read(name);
                if (text is null)
                {
                    errors.Add($"{name}: missing.");
                    continue;
                }

                var parsed = ParseParts(name, text, errors);
                if (parsed is null)
                    continue;
                templates[(kind, language)] = parsed;
                try
                {
                    foreach (var part in parsed)
                    {
                        foreach (var sample in Samples)
                            Render(part, sample, HtmlEncoder.Default);
                    }
                }
                catch (InvalidOperationException e)
                {
                    errors.Add($"{name}: {e.Message}");
                }
            }
        }

        if (errors.Count > 0)
            throw new InvalidOperationException("The mail templates are not usable: " + string.Join(" ", errors));
        return new MailTemplates(templates);
    }

    /// <summary>Renders the message <paramref name="kind"/> in <paramref name="language"/>.</summary>
    public RenderedMail Render(MailKind kind, string language, MailModel model)
    {
        var parts = _templates[(kind, language)];
        return new RenderedMail(
            Render(parts[0], model, NullEncoder.Default).Trim().ReplaceLineEndings(" "),
            Render(parts[1], model, HtmlEncoder.Default).Trim(),
            Render(parts[2], model, NullEncoder.Default).Trim());
    }

    /// <summary>Models that take every branch of the templates (accepted/declined, unanswered/confirmed).</summary>
    private static readonly MailModel[] Samples =
    [
        new("Secretariat", "Party", "Title", "Venue", "Start", "End", "Zone", "Deadline", 10, "http://localhost/rsvp/x", "accepted", "unanswered", ["Head", "Member"]),
        new("Secretariat", "Party", "Title", "Venue", "Start", "End", "Zone", "Deadline", 10, "http://localhost/rsvp/x", "declined", "confirmed", []),
    ];

    private static string Render(IFluidTemplate template, MailModel model, TextEncoder encoder)
    {
        var context = new TemplateContext(Options);
        context.SetValue("organiser", model.Organiser);
        context.SetValue("party", model.Party);
        context.SetValue("title", model.Title);
        context.SetValue("venue", model.Venue);
        context.SetValue("start", model.Start);
        context.SetValue("end", model.End);
        context.SetValue("zone", model.Zone);
        context.SetValue("deadline", model.Deadline);
        context.SetValue("quota", model.Quota);
        context.SetValue("rsvp_url", model.RsvpUrl);
        context.SetValue("answer", model.Answer);
        context.SetValue("reminder", model.Reminder);
        context.SetValue("delegates", model.Delegates);
        return template.Render(context, encoder);
    }

    private static IFluidTemplate[]? ParseParts(string name, string text, List<string> errors)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = PartHeader().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var from = matches[i].Index + matches[i].Length;
            var to = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            sections[matches[i].Groups[1].Value] = text[from..to];
        }

        var result = new IFluidTemplate[Parts.Length];
        for (var i = 0; i < Parts.Length; i++)
        {
            if (!sections.TryGetValue(Parts[i], out var source))
            {
                errors.Add($"{name}: the part '=== {Parts[i]} ===' is missing.");
                return null;
            }

            if (!Parser.TryParse(source, out var template, out var error))
            {
                errors.Add($"{name} ({Parts[i]}): {error}");
                return null;
            }

            result[i] = template;
        }

        return result;
    }

    [GeneratedRegex(@"^=== (\w+) ===\r?$", RegexOptions.Multiline)]
    private static partial Regex PartHeader();
}
