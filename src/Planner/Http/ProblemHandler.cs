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
internal sealed partial class ProblemHandler(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<ProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (problem, status) = ToProblem(exception);
        if (status >= 500)
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);

        var document = problem.Errors.Count > 0
            ? new HttpValidationProblemDetails(problem.Errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        document.Status = status;
        document.Title = TitleOf(status);
        document.Detail = problem.Message;
        document.Instance = httpContext.Request.Path;
        document.Extensions["code"] = problem.Code;
        if (problem.Field is { } field)
            document.Extensions["field"] = field;
        foreach (var (key, value) in problem.Extensions)
            document.Extensions[key] = value;

        httpContext.Response.StatusCode = status;
        if (problem.Extensions.TryGetValue(StorageProblems.RetryAfter, out var retry) && retry is int seconds)
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (WantsPage(httpContext.Request))
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(Page(problem, status), cancellationToken);
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

    private static string TitleOf(int status) => status switch
    {
        400 => "Bad request",
        404 => "Not found",
        409 => "Conflict",
        410 => "Gone",
        415 => "Unsupported media type",
        422 => "Invalid value",
        429 => "Too many attempts",
        503 => "Unavailable",
        _ => "Internal error",
    };

    private static string Page(PlannerException problem, int status)
    {
        static string E(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");
        var title = TitleOf(status);
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{status} {E(title)} · Planner</title>
            <link rel="stylesheet" href="/web.css"></head>
            <body><main class="problem-page"><h1>{E(title)}</h1><p>{E(problem.Message)}</p>
            <p><a href="/">Planner</a></p></main></body></html>
            """;
    }

    private static (PlannerException Problem, int Status) ToProblem(Exception exception)
    {
        var problem = exception switch
        {
            PlannerException p => p,
            BadHttpRequestException { InnerException: JsonException j } => MalformedJson(j),
            BadHttpRequestException b => new PlannerException(ErrorKind.Malformed, "request.malformed", b.Message),
            JsonException j => MalformedJson(j),
            _ when StorageProblems.Of(exception) is { } storage => storage,
            _ => null,
        };
        if (problem is null)
            return (new PlannerException(ErrorKind.Invalid, "internal", "The request failed unexpectedly; the error was logged."), 500);
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
