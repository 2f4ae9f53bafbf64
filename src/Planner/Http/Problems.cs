namespace Planner.Http;

/// <summary>
/// Problems that carry a code and its arguments besides the English sentence, so that a page can say the
/// same thing in its own language (<c>problem.&lt;code&gt;</c> in <c>templates/web</c>, <c>{0}</c>… the arguments).
/// </summary>
public static class Problems
{
    /// <summary>The extension member holding the code.</summary>
    public const string CodeKey = "code";

    /// <summary>The extension member holding the arguments (strings, in order).</summary>
    public const string ArgsKey = "args";

    /// <summary>A problem of <paramref name="status"/> about <paramref name="field"/>, with a code and arguments.</summary>
    public static ProblemException Coded(int status, string title, string field, string code, string message, params string[] args) =>
        new(status, title, message, new Dictionary<string, string[]> { [field] = [message] },
            new Dictionary<string, object?> { [CodeKey] = code, [ArgsKey] = args });
}
