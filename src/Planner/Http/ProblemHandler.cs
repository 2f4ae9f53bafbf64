using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Planner.Http;

/// <summary>
/// Turns every failure of a request into an RFC 7807 problem document: Planner's own
/// <see cref="PlannerException"/>, malformed JSON (with the path of the bad member), and
/// database constraints as a last line of defence, and storage that cannot be written now (a full disk, read-only
/// storage, an I/O error, a database busy too long) as 503 with Retry-After (see <see cref="StorageProblems"/>). Anything else is a 500 whose detail
/// is logged, never shown.
/// </summary>
/// <remarks>
/// The one place where an error's kind becomes an HTTP status (<see cref="StatusOf"/>) and a title;
/// the problem carries the error's stable <c>code</c> beside <c>field</c> and <c>errors</c>.
/// </remarks>
internal sealed partial class ProblemHandler(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, Catalogue catalogue, ILogger<ProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (problem, status) = ToProblem(exception);
        if (status >= 500)
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);

        // The API speaks English unless Accept-Language asks for Russian or Chinese; a page speaks the reader's language.
        var page = WantsPage(httpContext.Request);
        var language = page ? Language.Parse(Web.WebContext.LanguageOf(httpContext)) : ReaderLanguage.Of(httpContext.Request);
        httpContext.Response.Headers.ContentLanguage = language.Code;
        var document = problem.Errors.Count > 0
            ? new HttpValidationProblemDetails(ProblemWords.Fields(problem, catalogue, language))
            : new ProblemDetails();
        document.Status = status;
        document.Title = ProblemWords.Title(status, catalogue, language);
        document.Detail = ProblemWords.Detail(problem, catalogue, language);
        document.Instance = httpContext.Request.Path;
        document.Extensions["code"] = problem.Code;
        if (problem.Field is { } field)
            document.Extensions["field"] = field;
        foreach (var (key, value) in problem.Extensions)
            document.Extensions[key] = value is IReadOnlyList<Scheduling.Conflict> conflicts ? conflicts.Select(c => c with { Message = c.In(language) }).ToList() : value;

        httpContext.Response.StatusCode = status;
        if (problem.Extensions.TryGetValue(StorageProblems.RetryAfter, out var retry) && retry is int seconds)
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (page)
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(Page(language, document.Title, document.Detail, status), cancellationToken);
            return true;
        }

        await httpContext.Response.WriteAsJsonAsync<object>(document, json.Value.SerializerOptions, "application/problem+json", cancellationToken);
        return true;
    }

    /// <summary>A browser reading the web pages (not the API) gets the problem as a page, not as JSON.</summary>
    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The HTTP status of an error of each kind.</summary>
    public static int StatusOf(PlannerException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            ErrorKind.Invalid => StatusCodes.Status422UnprocessableEntity,
            ErrorKind.Malformed => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Stale or ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Gone => StatusCodes.Status410Gone,
            ErrorKind.Unsupported => StatusCodes.Status415UnsupportedMediaType,
            ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            ErrorKind.Throttled => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status500InternalServerError,
        };
    }

    private static string Page(Language language, string title, string detail, int status)
    {
        static string E(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");
        return $"""
            <!DOCTYPE html>
            <html lang="{language.Code}"><head><meta charset="utf-8"><title>{status} {E(title)} · Planner</title>
            <link rel="stylesheet" href="/web.css"></head>
            <body><main class="problem-page"><h1>{E(title)}</h1><p>{E(detail)}</p>
            <p><a href="/">Planner</a></p></main></body></html>
            """;
    }

    private static (PlannerException Problem, int Status) ToProblem(Exception exception)
    {
        var problem = exception switch
        {
            PlannerException p => p,
            BadHttpRequestException { InnerException: JsonException j } => MalformedJson(j),
            BadHttpRequestException b => new PlannerException(ErrorKind.Malformed, ErrorCode.RequestMalformed, b.Message),
            JsonException j => MalformedJson(j),
            _ when StorageProblems.Of(exception) is { } storage => storage,
            _ => null,
        };
        if (problem is null)
            return (new PlannerException(ErrorKind.Invalid, ErrorCode.Internal, "The request failed unexpectedly; the error was logged."), 500);
        var status = exception is BadHttpRequestException { InnerException: not JsonException } bad ? bad.StatusCode : StatusOf(problem);
        return (problem, status);
    }

    private static PlannerException MalformedJson(JsonException j)
    {
        var field = string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "body" : j.Path.TrimStart('$', '.');
        var reason = j.InnerException?.Message ?? FirstSentence(j.Message);
        return PlannerException.Malformed(field, $"The request body is not valid JSON for this resource at '{field}': {reason}");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure of {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
