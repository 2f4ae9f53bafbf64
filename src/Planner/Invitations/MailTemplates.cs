using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using DotLiquid;
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
/// The mail templates: <c>templates/mail/&lt;kind&gt;.liquid</c> (embedded in the assembly), one per message kind for
/// every language, each with three parts introduced by <c>=== subject ===</c>, <c>=== html ===</c> and
/// <c>=== text ===</c>, in Liquid (DotLiquid). The templates hold the layout only: every sentence is a catalogue
/// entry <c>mail.&lt;name&gt;</c> in the message's language, used as <c>{{ t.&lt;name&gt; }}</c> and filled with the
/// model's values (<c>{title}</c>, <c>{party}</c>…). Every value is HTML-encoded before it enters the HTML part.
/// Variables are checked: a template naming a value the model does not have, or a sentence the catalogue lacks,
/// is refused, and <see cref="Load(Catalogue, Func{string, string})"/> also renders every template once in every
/// language with every branch taken, so a missing template, part or sentence stops the service at start rather
/// than leaving a blank in a sent mail.
/// </summary>
public sealed partial class MailTemplates
{
    private static readonly string[] Parts = ["subject", "html", "text"];

    /// <summary>Encodes what HTML needs encoded (<c>&lt; &gt; &amp; " '</c> and controls) and leaves Cyrillic and Chinese readable.</summary>
    internal static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The names a template may use (see <see cref="MailModel"/>).</summary>
    public static readonly IReadOnlySet<string> Variables = new HashSet<string>(StringComparer.Ordinal)
    {
        "organiser", "party", "title", "venue", "start", "end", "zone", "deadline", "quota", "rsvp_url", "answer", "reminder", "delegates", "t",
    };

    private readonly Dictionary<MailKind, Template[]> _templates;
    private readonly Catalogue _catalogue;

    private MailTemplates(Dictionary<MailKind, Template[]> templates, Catalogue catalogue)
    {
        _templates = templates;
        _catalogue = catalogue;
    }

    /// <summary>The catalogue the sentences come from.</summary>
    public Catalogue Catalogue => _catalogue;

    /// <summary>Loads and checks the templates embedded in the assembly, with the shipped catalogue.</summary>
    public static MailTemplates Load() => Load(Catalogue.Default);

    /// <summary>Loads and checks the templates embedded in the assembly, with <paramref name="catalogue"/>'s sentences.</summary>
    public static MailTemplates Load(Catalogue catalogue) => Load(catalogue, name =>
    {
        using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream("templates/mail/" + name);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Loads and checks templates read by <paramref name="read"/> (file name to text, null when missing).</summary>
    /// <exception cref="InvalidOperationException">A template is missing, does not parse, or uses an unknown variable or sentence.</exception>
    public static MailTemplates Load(Catalogue catalogue, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(read);
        var errors = new List<string>();
        var templates = new Dictionary<MailKind, Template[]>();
        foreach (var kind in Enum.GetValues<MailKind>())
        {
            var name = $"{Enums.Name(kind)}.liquid";
            var text = read(name);
            if (text is null)
            {
                errors.Add($"{name}: missing.");
                continue;
            }

            var unknown = Sentence().Matches(text).Select(m => m.Groups[1].Value).Where(n => !catalogue.Has("mail." + n)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                errors.Add($"{name}: the catalogue has no sentence(s) {string.Join(", ", unknown.Select(n => "mail." + n))}.");
                continue;
            }

            var parsed = ParseParts(name, text, errors);
            if (parsed is null)
                continue;
            templates[kind] = parsed;
            try
            {
                foreach (var language in Language.All)
                {
                    foreach (var part in parsed)
                    {
                        foreach (var sample in Samples)
                            Render(part, sample, Sentences(catalogue, language, sample, html: true), html: true);
                    }
                }
            }
            catch (Exception e) when (e is DotLiquid.Exceptions.LiquidException or InvalidOperationException)
            {
                errors.Add($"{name}: {e.Message}");
            }
        }

        if (errors.Count > 0)
            throw new InvalidOperationException("The mail templates are not usable: " + string.Join(" ", errors));
        return new MailTemplates(templates, catalogue);
    }

    /// <summary>Renders the message <paramref name="kind"/> in <paramref name="language"/>.</summary>
    public RenderedMail Render(MailKind kind, Language language, MailModel model)
    {
        var parts = _templates[kind];
        var text = Sentences(_catalogue, language, model, html: false);
        return new RenderedMail(
            Render(parts[0], model, text, html: false).Trim().ReplaceLineEndings(" "),
            Render(parts[1], model, Sentences(_catalogue, language, model, html: true), html: true).Trim(),
            Render(parts[2], model, text, html: false).Trim());
    }

    /// <summary>Every <c>mail.*</c> sentence of the catalogue in <paramref name="language"/>, filled with the model's values (encoded for HTML).</summary>
    private static Hash Sentences(Catalogue catalogue, Language language, MailModel model, bool html)
    {
        var values = Values(model, html);
        values["quota"] = model.Quota.ToString(Catalogue.Culture(language));
        var sentences = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in catalogue.Keys.Where(k => k.StartsWith("mail.", StringComparison.Ordinal)))
            sentences[key["mail.".Length..]] = catalogue.Fill(key, language, values);
        return Hash.FromDictionary(sentences);
    }

    /// <summary>Models that take every branch of the templates (accepted/declined, unanswered/confirmed).</summary>
    private static readonly MailModel[] Samples =
    [
        new("Secretariat", "Party", "Title", "Venue", "Start", "End", "Zone", "Deadline", 10, "http://localhost/rsvp/x", "accepted", "unanswered", ["Head", "Member"]),
        new("Secretariat", "Party", "Title", "Venue", "Start", "End", "Zone", "Deadline", 10, "http://localhost/rsvp/x", "declined", "confirmed", []),
    ];

    /// <summary>The model's texts by name, encoded for HTML when <paramref name="html"/>.</summary>
    private static Dictionary<string, string> Values(MailModel model, bool html)
    {
        Func<string, string> v = html ? Html.Encode : text => text;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["organiser"] = v(model.Organiser),
            ["party"] = v(model.Party),
            ["title"] = v(model.Title),
            ["venue"] = v(model.Venue),
            ["start"] = v(model.Start),
            ["end"] = v(model.End),
            ["zone"] = v(model.Zone),
            ["deadline"] = v(model.Deadline),
            ["rsvp_url"] = v(model.RsvpUrl),
        };
    }

    private static string Render(Template template, MailModel model, Hash sentences, bool html)
    {
        var all = Values(model, html).ToDictionary(v => v.Key, v => (object)v.Value, StringComparer.Ordinal);
        all["quota"] = model.Quota;
        all["answer"] = model.Answer;
        all["reminder"] = model.Reminder;
        all["delegates"] = model.Delegates.Select(d => html ? Html.Encode(d) : d).ToList();
        all["t"] = sentences;
        var values = Hash.FromDictionary(all);

        // A DotLiquid template keeps state while rendering: one render at a time per template.
        lock (template)
        {
            return template.Render(new RenderParameters(CultureInfo.InvariantCulture)
            {
                LocalVariables = values,
                ErrorsOutputMode = ErrorsOutputMode.Rethrow,
            });
        }
    }

    private static Template[]? ParseParts(string name, string text, List<string> errors)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = PartHeader().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var from = matches[i].Index + matches[i].Length;
            var to = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            sections[matches[i].Groups[1].Value] = text[from..to];
        }

        var result = new Template[Parts.Length];
        for (var i = 0; i < Parts.Length; i++)
        {
            if (!sections.TryGetValue(Parts[i], out var source))
            {
                errors.Add($"{name}: the part '=== {Parts[i]} ===' is missing.");
                return null;
            }

            var unknown = UnknownVariables(source);
            if (unknown.Count > 0)
            {
                errors.Add($"{name} ({Parts[i]}): unknown variable(s) {string.Join(", ", unknown)}.");
                return null;
            }

            try
            {
                result[i] = Template.Parse(source);
            }
            catch (DotLiquid.Exceptions.LiquidException e)
            {
                errors.Add($"{name} ({Parts[i]}): {e.Message}");
                return null;
            }
        }

        return result;
    }

    /// <summary>Names used in output (<c>{{ x }}</c>), conditions and loops that are neither model values nor loop variables.</summary>
    private static List<string> UnknownVariables(string source)
    {
        var loops = ForLoop().Matches(source).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var used = Output().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(Condition().Matches(source).SelectMany(m => Literal().Replace(m.Groups[1].Value, " ")
                .Split([' ', '=', '!', '<', '>', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsLetter(w[0]) && w is not ("and" or "or" or "contains"))))
            .Concat(ForLoop().Matches(source).Select(m => m.Groups[2].Value));
        return used.Where(n => !Variables.Contains(n) && !loops.Contains(n) && n is not ("forloop" or "true" or "false" or "empty" or "blank" or "nil"))
            .Distinct().ToList();
    }

    /// <summary>A catalogue sentence used by a template: <c>{{ t.name }}</c>.</summary>
    [GeneratedRegex(@"\{\{-?\s*t\.(\w+)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^=== (\w+) ===\r?$", RegexOptions.Multiline)]
    private static partial Regex PartHeader();

    [GeneratedRegex(@"\{\{-?\s*([A-Za-z_]\w*)")]
    private static partial Regex Output();

    [GeneratedRegex(@"\{%-?\s*(?:if|elsif|unless)\s+([^%]*)-?%\}")]
    private static partial Regex Condition();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{%-?\s*for\s+(\w+)\s+in\s+([A-Za-z_]\w*)")]
    private static partial Regex ForLoop();
}
