using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Planner.Http;

/// <summary>
/// Turns every failure of a request into an RFC 7807 problem document: Planner's own
/// <see cref="ProblemException"/>, malformed JSON (with the path of the bad member), and
/// database constraints as a last line of defence, and storage that cannot be written now (a full disk, read-only
/// storage, an I/O error, a database busy too long) as 503 with Retry-After (see <see cref="StorageProblems"/>). Anything else is a 500 whose detail
/// is logged, never shown.
/// </summary>
internal sealed partial class ProblemHandler(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<ProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);

        var document = problem.Errors.Count > 0
            ? new HttpValidationProblemDetails(problem.Errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        document.Status = problem.Status;
        document.Title = problem.Title;
        document.Detail = problem.Message;
        document.Instance = httpContext.Request.Path;
        if (problem.Errors.Count > 0)
            document.Extensions["field"] = problem.Errors.Keys.First();
        foreach (var (key, value) in problem.Extensions)
            document.Extensions[key] = value;

        httpContext.Response.StatusCode = problem.Status;
        if (problem.Extensions.TryGetValue(StorageProblems.RetryAfter, out var retry) && retry is int seconds)
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (WantsPage(httpContext.Request))
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(Page(problem), cancellationToken);
            return true;
        }

        await httpContext.Response.WriteAsJsonAsync<object>(document, json.Value.SerializerOptions, "application/problem+json", cancellationToken);
        return true;
    }

    /// <summary>A browser reading the web pages (not the API) gets the problem as a page, not as JSON.</summary>
    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static string Page(ProblemException problem)
    {
        static string E(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{problem.Status} {E(problem.Title)} · Planner</title>
            <link rel="stylesheet" href="/web.css"></head>
            <body><main class="problem-page"><h1>{E(problem.Title)}</h1><p>{E(problem.Message)}</p>
            <p><a href="/">Planner</a></p></main></body></html>
            """;
    }

    private static ProblemException ToProblem(Exception exception) => exception switch
    {
        ProblemException p => p,
        BadHttpRequestException { InnerException: JsonException j } => MalformedJson(j),
        BadHttpRequestException b => new ProblemException(b.StatusCode, "Bad request", b.Message),
        JsonException j => MalformedJson(j),
        SqliteException { SqliteErrorCode: 19 } s => Constraint(s),
        _ when StorageProblems.Of(exception) is { } storage => storage,
        _ => new ProblemException(500, "Internal error", "The request failed unexpectedly; the error was logged."),
    };

    private static ProblemException MalformedJson(JsonException j)
    {
        var field = string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "body" : j.Path.TrimStart('$', '.');
        var reason = j.InnerException?.Message ?? FirstSentence(j.Message);
        return ProblemException.BadRequest(field, $"The request body is not valid JSON for this resource at '{field}': {reason}");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static ProblemException Constraint(SqliteException s)
    {
        var message = s.Message;
        // A trigger's RAISE(ABORT, '…') states a rule of Planner in words meant for people (the last admin stays).
        if (s.SqliteExtendedErrorCode == 1811)
            return new ProblemException(409, "Conflict", TriggerMessage(message));
        if (message.Contains("UNIQUE", StringComparison.Ordinal))
            return new ProblemException(409, "Conflict", "A record with the same key already exists.");
        if (message.Contains("FOREIGN KEY", StringComparison.Ordinal))
            return new ProblemException(409, "Conflict", "The record refers to a record that does not exist, or is still referred to by others.");
        return new ProblemException(422, "Invalid value", "The record breaks a rule of the database: " + message);
    }

    /// <summary>The text of <c>SQLite Error 19: 'text'.</c></summary>
    private static string TriggerMessage(string message)
    {
        var from = message.IndexOf('\'', StringComparison.Ordinal);
        var to = message.LastIndexOf('\'', message.Length - 1);
        return from >= 0 && to > from ? message[(from + 1)..to] : message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure of {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
