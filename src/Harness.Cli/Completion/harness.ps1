# PowerShell completion for harness. Load it in this session:  harness completion pwsh | Out-String | Invoke-Expression
# or for every session: add that line to your $PROFILE.
# harness answers itself: "[suggest:N]" asks it for what may follow the first N characters of the line.
Register-ArgumentCompleter -Native -CommandName harness -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $text = $commandAst.ToString()
    $upTo = $cursorPosition - $commandAst.Extent.StartOffset
    $line = if ($upTo -le $text.Length) { $text.Substring(0, $upTo) } else { $text + (' ' * ($upTo - $text.Length)) }
    $rest = $line -replace '^\s*\S+\s*', ''
    harness "[suggest:$($rest.Length)]" "$rest" 2>$null | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
