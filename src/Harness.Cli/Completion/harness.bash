# bash completion for harness. Load it in this shell:  eval "$(harness completion bash)"
# or for every shell:  harness completion bash > ~/.local/share/bash-completion/completions/harness
# harness answers itself: "[suggest:N]" asks it for what may follow the first N characters of the line.
_harness_complete() {
    local line="${COMP_LINE:0:COMP_POINT}"
    local rest="${line#*"${COMP_WORDS[0]}"}"
    rest="${rest#"${rest%%[![:space:]]*}"}"
    local word="${COMP_WORDS[COMP_CWORD]}"
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${#rest}]" "$rest" 2>/dev/null)" -- "$word"))
}
complete -o default -F _harness_complete harness
