# fish completion for harness. Load it in this shell:  harness completion fish | source
# or for every shell:  harness completion fish > ~/.config/fish/completions/harness.fish
# harness answers itself: "[suggest:N]" asks it for what may follow the first N characters of the line.
function __harness_complete
    set -l rest (string replace -r '^\s*\S+\s*' '' -- (commandline -cp))
    harness "[suggest:"(string length -- "$rest")"]" "$rest" 2>/dev/null
end
complete -c harness -f -a '(__harness_complete)'
