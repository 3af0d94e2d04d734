#compdef harness
# zsh completion for harness. Load it in this shell:  source <(harness completion zsh)
# or save it as _harness in a folder of your $fpath.
# harness answers itself: "[suggest:N]" asks it for what may follow the first N characters of the line.
_harness() {
    local rest="${(j: :)${(@)words[2,CURRENT]}}"
    local -a candidates
    candidates=("${(@f)$("${words[1]}" "[suggest:${#rest}]" "$rest" 2>/dev/null)}")
    compadd -- ${candidates:#}
}
if (( $+functions[compdef] )); then
    compdef _harness harness
fi
